import { z } from "zod";
import { checkFlashAttention } from "../../math/index.ts";
import { exampleId, matrix, SIZES } from "../props.ts";

/**
 * Props of <FlashAttentionExample>: Q, K and V cut into blocks, Br queries by Bc keys; each step
 * brings one K/V block to one Q block, and the running m, l and output Õ of each query are
 * rescaled and added to. At the end the output stands beside standard attention's.
 */
export const flashAttentionExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** Queries, shape [n, d]. */
    Q: matrix.describe(`an n×d matrix (${SIZES} rows and columns), e.g. {[[1, 0], [0, 1]]}`),
    /** Keys, shape [t, d]. */
    K: matrix.describe(`a t×d matrix (${SIZES} rows, as many columns as Q)`),
    /** Values, shape [t, d_v]. */
    V: matrix.describe(`a t×dᵥ matrix (as many rows as K)`),
    /** Br: queries per block, 1 … n. */
    blockRows: z.number().describe("a whole number from 1 to the number of queries, e.g. {2}"),
    /** Bc: keys per block, 1 … t. */
    blockCols: z.number().describe("a whole number from 1 to the number of keys, e.g. {2}"),
    /** How many steps (K/V blocks brought to a Q block) are done when the example opens. */
    step: z.number().int().min(0).default(0).describe("a whole number from 0 to the number of steps (default 0)"),
  })
  .strict()
  .superRefine((props, ctx) => {
    let steps: number;
    try {
      const options = { blockRows: props.blockRows, blockCols: props.blockCols };
      steps = checkFlashAttention(props.Q, props.K, props.V, options).flash.steps.length;
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return;
    }
    if (props.step > steps)
      ctx.addIssue({
        code: "custom",
        path: ["step"],
        message: `step ${props.step} is past the last of ${steps} steps`,
      });
  });

/** The props the view receives: `step` filled in. */
export type FlashAttentionExampleProps = z.infer<typeof flashAttentionExampleSchema>;
/** The props as written in MDX: `step` may be left out. */
export type FlashAttentionExampleInput = z.input<typeof flashAttentionExampleSchema>;
