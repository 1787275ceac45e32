import { z } from "zod";
import { shapeOf } from "../../math/index.ts";
import { exampleId, matrix, row, SIZES } from "../props.ts";
import { projectQkv } from "./qkv-parts.ts";

/** Props of <QkvTripleExample>: q = x·W_Q, k = x·W_K and v = x·W_V for one embedding row x. */
export const qkvTripleExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The input row x (one token embedding), 1–MAX_SIZE numbers. */
    x: row().describe(`a row of ${SIZES} numbers, e.g. {[2, 3]}`),
    /** The query weights W_Q: one row per entry of x, d_k columns. */
    WQ: matrix.describe("the query weights, one row per entry of x, e.g. {[[1, 2], [0, 1]]}"),
    /** The key weights W_K: one row per entry of x, as many columns as W_Q (q and k are compared). */
    WK: matrix.describe("the key weights, one row per entry of x and as many columns as WQ, e.g. {[[0, 1], [1, 0]]}"),
    /** The value weights W_V: one row per entry of x, d_v columns. */
    WV: matrix.describe("the value weights, one row per entry of x, e.g. {[[1, -1], [2, 0]]}"),
  })
  .strict()
  .superRefine((props, ctx) => {
    for (const key of ["WQ", "WK", "WV"] as const) {
      try {
        shapeOf(props[key]);
        if (props[key].length !== props.x.length) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `${props[key].length} rows for an x of ${props.x.length} entries; give one row per entry of x`,
          });
          return;
        }
      } catch (error) {
        ctx.addIssue({ code: "custom", path: [key], message: (error as Error).message });
        return;
      }
    }
    const dk = props.WQ[0]!.length;
    if (props.WK[0]!.length !== dk) {
      ctx.addIssue({
        code: "custom",
        path: ["WK"],
        message: `${props.WK[0]!.length} columns, but WQ has ${dk}; a key is compared with a query, so give both the same number of columns`,
      });
      return;
    }
    projectQkv(props);
  });

export type QkvTripleExampleProps = z.infer<typeof qkvTripleExampleSchema>;
