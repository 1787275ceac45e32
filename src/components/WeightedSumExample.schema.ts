import { z } from "zod";
import { approxEqual, formatNumber, matmul, rowSums, shapeOf } from "../math/index.ts";
import { labelsProp, matrixProp } from "./MatrixProductExample.schema.ts";
import { exampleId } from "./ProjectionExample.schema.ts";

/** How far a row of weights may sum from 1: room for decimals such as 0.333 + 0.333 + 0.334, none for a typo. */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

/**
 * Why `weights` cannot be softmax weights, or null: every weight must be in 0 … 1 and every row
 * must sum to 1 within WEIGHT_SUM_TOLERANCE. The message names the first row that fails (and its
 * sum). Shared by the props schema and the editable example's rule.
 */
export function weightsProblem(weights: readonly (readonly number[])[]): string | null {
  const outside = weights.findIndex((row) => row.some((w) => w < 0 || w > 1));
  if (outside >= 0) return `row ${outside} has a weight outside 0 … 1; softmax weights never are`;
  const sums = rowSums(weights);
  const off = sums.findIndex((s) => !approxEqual(s, 1, WEIGHT_SUM_TOLERANCE));
  if (off >= 0) return `row ${off} sums to ${formatNumber(sums[off]!, 6)}; softmax makes each row sum to 1`;
  return null;
}

/** Props of <WeightedSumExample>: O = AV, each output row a weighted sum of value rows. */
export const weightedSumExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The attention weights A: row i holds query i's weights over the keys, each in [0, 1], summing to 1. */
    weights: matrixProp.describe(
      "one row of weights per query, each weight from 0 to 1 and each row summing to 1, e.g. {[[0.5, 0.5], [0.25, 0.75]]}",
    ),
    /** The values V: one row v_j per key, as many rows as weights has columns. */
    V: matrixProp.describe("one value row per key (per column of weights), e.g. {[[4, 0], [0, 2]]}"),
    /** The tokens: rows of the weights (queries) and their columns and the rows of V (keys). */
    tokens: labelsProp.optional().describe('one label per token, e.g. {["the", "cat", "sat"]}'),
  })
  .strict()
  .superRefine((props, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    try {
      shapeOf(props.weights);
    } catch (error) {
      return fail("weights", (error as Error).message);
    }
    const problem = weightsProblem(props.weights);
    if (problem !== null) return fail("weights", problem);
    try {
      shapeOf(props.V);
      matmul(props.weights, props.V);
    } catch (error) {
      return fail("V", (error as Error).message);
    }
    const { tokens, weights } = props;
    if (tokens && (tokens.length !== weights.length || tokens.length !== props.V.length)) {
      fail("tokens", `${tokens.length} tokens for ${weights.length} queries and ${props.V.length} keys; with tokens, give one row of weights and one value row per token`);
    }
  });

export type WeightedSumExampleProps = z.infer<typeof weightedSumExampleSchema>;
