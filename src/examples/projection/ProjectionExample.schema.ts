import { z } from "zod";
import { projectRow, shapeOf } from "../../math/index.ts";
import { exampleId, matrix, row, SIZES } from "../props.ts";

/** Props of <ProjectionExample>: y = x·W for one embedding row x. */
export const projectionExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The input row x (one token embedding), 1–MAX_SIZE numbers. */
    x: row().describe(`a row of ${SIZES} numbers, e.g. {[2, 3]}`),
    /** The weight matrix W: one row per entry of x, 1–MAX_SIZE columns (one per output component). */
    W: matrix.describe("a matrix as a list of rows, one row per entry of x, e.g. {[[1, 10], [0, -1]]}"),
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      shapeOf(props.W);
      projectRow(props.x, props.W);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["W"], message: (error as Error).message });
    }
  });

export type ProjectionExampleProps = z.infer<typeof projectionExampleSchema>;
