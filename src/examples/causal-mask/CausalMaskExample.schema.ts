import { z } from "zod";
import { applyCausalMask } from "../../math/index.ts";
import { exampleId } from "../props.ts";
import { scoreMatrix, tokenNames, tokensProblem } from "../softmax/SoftmaxExample.schema.ts";

/** Props of <CausalMaskExample>: softmax of each row with and without the causal mask. */
export const causalMaskExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** Square scores, one row per query and one column per key, in token order. */
    scores: scoreMatrix.describe(
      "a square matrix of scores as a list of rows, one row and one column per token, e.g. {[[2, 1], [0, 3]]}",
    ),
    /** Optional token names for the row and column headers. */
    tokens: tokenNames,
    /** Whether the mask starts switched on (the default) or off. */
    masked: z.boolean().default(true).describe("true or false: whether the mask starts switched on (default true)"),
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      applyCausalMask(props.scores);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["scores"], message: (error as Error).message });
      return;
    }
    const problem = tokensProblem(props.scores, props.tokens);
    if (problem) ctx.addIssue({ code: "custom", path: ["tokens"], message: problem });
  });

export type CausalMaskExampleProps = z.input<typeof causalMaskExampleSchema>;
