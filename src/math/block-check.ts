/**
 * Why the KV cache is exact, checked on one block: run the block over all n tokens, run it again
 * over the first n − 1 alone, and compare the rows both runs have. With the causal mask they are
 * the same, because only attention reads other tokens and the mask keeps each token from reading
 * later ones; the norms, the MLP and the residual additions work on each row by itself. Without
 * the mask an earlier row reads the last token and changes when it is dropped.
 */
import { RECOMPUTE_TOLERANCE } from "./decoder.ts";
import { largestDifference } from "./decoder-shared.ts";
import { transformerBlock, type BlockResult, type BlockWeights } from "./block.ts";
import { shapeOf, type Matrix } from "./shape.ts";

/** The block over every token and over all but the last, compared row by row. */
export interface BlockPrefixCheck {
  /** The block over all n tokens. */
  readonly full: BlockResult;
  /** The block over tokens 0 … n − 2 only; null for a single token (no earlier row). */
  readonly prefix: BlockResult | null;
  /** For each row i < n − 1: the largest |full.output[i][j] − prefix.output[i][j]| over j. */
  readonly differences: readonly number[];
  /** The largest of `differences` (0 when there is no earlier row). */
  readonly largest: number;
  /** True when every difference is within RECOMPUTE_TOLERANCE. */
  readonly equal: boolean;
}

/**
 * Runs the block over X and over X without its last row, and compares the outputs of the rows
 * both have. A one-token X has no earlier rows: nothing to compare, so it counts as equal.
 * @param X shape [n, d_model], n ≥ 1
 * @param causal whether each token attends only to itself and earlier tokens
 * @throws ShapeError when the weights do not fit X (as transformerBlock)
 */
export function checkBlockPrefix(X: Matrix, weights: BlockWeights, causal: boolean): BlockPrefixCheck {
  const [n] = shapeOf(X);
  const full = transformerBlock(X, weights, { causal });
  const prefix = n > 1 ? transformerBlock(X.slice(0, -1), weights, { causal }) : null;
  const differences = (prefix?.output ?? []).map((row, i) => largestDifference(row, full.output[i]!));
  const largest = differences.reduce((m, d) => Math.max(m, d), 0);
  return { full, prefix, differences, largest, equal: largest <= RECOMPUTE_TOLERANCE };
}
