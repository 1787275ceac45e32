import { z } from "zod";
import { shapeOf } from "../../math/index.ts";
import { exampleId, labels, matrix } from "../props.ts";

/** A score matrix: 1–MAX_SIZE rows (queries) of 1–MAX_SIZE columns (keys). */
export const scoreMatrix = matrix;

/**
 * Optional names of the tokens, used as row and column headers (queries and keys are the same
 * tokens), so the scores must then be square.
 */
export const tokenNames = labels
  .optional()
  .describe('one short name per token, e.g. {["The", "cat", "sat"]}, as many as the scores have rows and columns');

/** The problem with pairing `tokens` with `scores`, or undefined; shared by the softmax and mask schemas. */
export function tokensProblem(
  scores: readonly (readonly number[])[],
  tokens: readonly string[] | undefined,
): string | undefined {
  if (tokens === undefined) return undefined;
  const [rows, cols] = shapeOf(scores);
  if (tokens.length === rows && tokens.length === cols) return undefined;
  return `${tokens.length} tokens do not label a ${rows}×${cols} matrix of scores; tokens name both the rows (queries) and the columns (keys), so the scores must be ${tokens.length}×${tokens.length}`;
}

/** Props of <SoftmaxExample>: softmax of each row of a score matrix, each weight inspectable. */
export const softmaxExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The scores, one row per query and one column per key. */
    scores: scoreMatrix.describe("a matrix of scores as a list of rows, e.g. {[[2, 1, 0], [1, 3, 1]]}"),
    /** Optional token names for the row and column headers; then the scores must be square. */
    tokens: tokenNames,
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      shapeOf(props.scores);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["scores"], message: (error as Error).message });
      return;
    }
    const problem = tokensProblem(props.scores, props.tokens);
    if (problem) ctx.addIssue({ code: "custom", path: ["tokens"], message: problem });
  });

export type SoftmaxExampleProps = z.infer<typeof softmaxExampleSchema>;
