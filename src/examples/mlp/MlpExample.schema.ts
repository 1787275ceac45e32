import { z } from "zod";
import { mlp } from "../../math/index.ts";
import { exampleId, matrix, row, SIZES } from "../props.ts";

/** Props of <MlpExample>: one row through a two-layer MLP, act(x·W₁ + b₁)·W₂ + b₂. */
export const mlpExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The input row x (one token's normalised numbers). */
    x: row().describe(`a row of ${SIZES} numbers, e.g. {[2, 1]}`),
    /** W₁: one row per entry of x, one column per hidden unit. */
    W1: matrix.describe(
      "a matrix with one row per entry of x and one column per hidden unit, e.g. {[[1, -1], [1, 1]]}",
    ),
    /** b₁: one number per hidden unit. */
    b1: row().describe("a row with one number per column of W1, e.g. {[0, 1]}"),
    /** W₂: one row per hidden unit, one column per output. */
    W2: matrix.describe("a matrix with one row per hidden unit and one column per output, e.g. {[[1, 0], [0, 1]]}"),
    /** b₂: one number per output. */
    b2: row().describe("a row with one number per column of W2, e.g. {[0, 0]}"),
    /** The activation between the two layers. */
    activation: z.enum(["relu", "gelu"]).default("relu").describe('"relu" or "gelu" (default "relu")'),
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      mlp(props.x, { W1: props.W1, b1: props.b1, W2: props.W2, b2: props.b2, activation: props.activation });
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["W1"], message: (error as Error).message });
    }
  });

/** The props the view receives: the activation filled in. */
export type MlpExampleProps = z.infer<typeof mlpExampleSchema>;
/** The props as written in MDX. */
export type MlpExampleInput = z.input<typeof mlpExampleSchema>;
