import { z } from "zod";
import { scaledDotProductAttention } from "../../math/index.ts";
import { exampleId, labels, matrix } from "../props.ts";

/** Props of <CrossAttentionExample>: target queries against source keys and values, no mask. */
export const crossAttentionExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The source sentence (the encoder's tokens), one per row of K and of V. */
    source: labels.describe('the source tokens, e.g. {["le", "chat", "dort"]}'),
    /** The target tokens decoded so far, one per row of Q. */
    target: labels.describe('the target tokens so far, e.g. {["the", "cat"]}'),
    /** Q: one query per target token (from the decoder), d_k columns. */
    Q: matrix.describe("one query row per target token, e.g. {[[2, 0], [0, 2]]}"),
    /** K: one key per source token (from the encoder), the same d_k columns as Q. */
    K: matrix.describe("one key row per source token, as many columns as Q, e.g. {[[2, 0], [0, 2], [-2, -2]]}"),
    /** V: one value per source token (from the encoder). */
    V: matrix.describe("one value row per source token, e.g. {[[1, 0], [0, 1], [1, 1]]}"),
  })
  .strict()
  .superRefine((props, ctx) => {
    const counts: [keyof typeof props, number, string][] = [
      ["Q", props.target.length, "target token"],
      ["K", props.source.length, "source token"],
      ["V", props.source.length, "source token"],
    ];
    for (const [key, n, what] of counts) {
      const rows = (props[key] as readonly unknown[]).length;
      if (rows !== n)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `${key} has ${rows} rows for ${n} ${what}s; give one row per ${what}`,
        });
    }
    try {
      scaledDotProductAttention(props.Q, props.K, props.V);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["K"], message: (error as Error).message });
    }
  });

export type CrossAttentionExampleProps = z.infer<typeof crossAttentionExampleSchema>;
