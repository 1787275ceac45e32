import { z } from "zod";
import { projectRow, shapeOf } from "../../math/index.ts";

/** Largest size an example may have: beyond this the numbers stop fitting on a phone. */
export const MAX_DIMENSION = 6;

const entry = z
  .number()
  .finite()
  .refine((n) => Math.abs(n) <= 9999, "a number between −9999 and 9999");

/** A stable id: kebab-case, unique on its page; links and the DOM use it. */
export const exampleId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "a kebab-case id such as qkv-projection")
  .describe("a stable kebab-case id, unique on the page, e.g. qkv-projection");

/** Props of <ProjectionExample>: y = x·W for one embedding row x. */
export const projectionExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The input row x (one token embedding), 1–6 numbers. */
    x: z.array(entry).min(1).max(MAX_DIMENSION).describe("a row of 1–6 numbers, e.g. {[2, 3]}"),
    /** The weight matrix W: one row per entry of x, 1–6 columns (one per output component). */
    W: z
      .array(z.array(entry).min(1).max(MAX_DIMENSION))
      .min(1)
      .max(MAX_DIMENSION)
      .describe("a matrix as a list of rows, one row per entry of x, e.g. {[[1, 10], [0, -1]]}"),
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
