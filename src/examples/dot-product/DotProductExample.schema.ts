import { z } from "zod";
import { explainAngle } from "../../math/index.ts";
import { exampleId, row } from "../props.ts";

const vector = row(2);

/** Props of <DotProductExample>: a·b, the lengths, the angle and b's projection on a. */
export const dotProductExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The first vector, 2–6 numbers, not all 0 (a zero vector has no direction). */
    a: vector.describe("a vector of 2–6 numbers, not all 0, e.g. {[3, 1]}"),
    /** The second vector, as many numbers as a, not all 0. */
    b: vector.describe("a vector with as many numbers as a, not all 0, e.g. {[1, 2]}"),
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      explainAngle(props.a, props.b);
    } catch (error) {
      const path = props.a.every((n) => n === 0) ? "a" : "b";
      ctx.addIssue({ code: "custom", path: [path], message: (error as Error).message });
    }
  });

export type DotProductExampleProps = z.infer<typeof dotProductExampleSchema>;
