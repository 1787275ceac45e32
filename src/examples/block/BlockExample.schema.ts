import { z } from "zod";
import { TOY_BLOCK_D_MODEL } from "../../math/index.ts";
import { exampleId, labels, matrix } from "../props.ts";

/** Props of <BlockExample>: a few tokens through the page's toy pre-norm block, with W_O editable. */
export const blockExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The tokens, one per row of X. */
    tokens: labels.describe('one word per row of X, e.g. {["the", "cat", "sat"]}'),
    /** X: each token's row in the residual stream as it enters the block, d_model = 4 columns. */
    X: matrix.describe(`one row of ${TOY_BLOCK_D_MODEL} numbers per token, e.g. {[[1, 0, 2, 0], [0, 1, 0, 2]]}`),
    /** W_O: 4 × 4, row r takes column r of the heads side by side (head 1: columns 0–1, head 2: 2–3). */
    WO: matrix.describe(`a ${TOY_BLOCK_D_MODEL} × ${TOY_BLOCK_D_MODEL} matrix, e.g. the identity`),
  })
  .strict()
  .superRefine((props, ctx) => {
    const d = TOY_BLOCK_D_MODEL;
    props.X.forEach((r, i) => {
      if (r.length !== d) {
        ctx.addIssue({
          code: "custom",
          path: ["X", i],
          message: `row ${i} of X has ${r.length} numbers; the toy block's rows have ${d}`,
        });
      }
    });
    if (props.tokens.length !== props.X.length) {
      ctx.addIssue({
        code: "custom",
        path: ["tokens"],
        message: `${props.tokens.length} tokens for ${props.X.length} rows of X; give one token per row`,
      });
    }
    if (props.WO.length !== d || props.WO.some((r) => r.length !== d)) {
      ctx.addIssue({
        code: "custom",
        path: ["WO"],
        message: `the output weights must be ${d} × ${d}: ${d} head columns in, ${d} numbers out`,
      });
    }
  });

export type BlockExampleProps = z.infer<typeof blockExampleSchema>;
