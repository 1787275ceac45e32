import { z } from "zod";
import { attentionScores, shapeOf } from "../../math/index.ts";
import { exampleId, labels, matrix } from "../props.ts";

/** Props of <ScoresExample>: S = QKᵀ, every score inspectable. */
export const scoresExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The queries: one row q_i per query token, d_k columns. */
    Q: matrix.describe("one query row per token, e.g. {[[1, 0], [0, 1]]}"),
    /** The keys: one row k_j per key token, the same d_k columns as Q. */
    K: matrix.describe("one key row per token, with as many columns as Q, e.g. {[[1, 1], [2, 0]]}"),
    /** The tokens, labelling the rows of Q and of K (self-attention: one query and one key per token). */
    tokens: labels.optional().describe('one label per row of Q and of K, e.g. {["the", "cat", "sat"]}'),
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      shapeOf(props.Q);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["Q"], message: (error as Error).message });
      return;
    }
    try {
      shapeOf(props.K);
      attentionScores(props.Q, props.K);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["K"], message: (error as Error).message });
      return;
    }
    const { tokens, Q, K } = props;
    if (tokens && (tokens.length !== Q.length || tokens.length !== K.length)) {
      ctx.addIssue({
        code: "custom",
        path: ["tokens"],
        message: `${tokens.length} tokens for ${Q.length} query rows and ${K.length} key rows; with tokens, Q and K need one row per token`,
      });
    }
  });

export type ScoresExampleProps = z.infer<typeof scoresExampleSchema>;
