/**
 * The rule attention weights follow, without zod, so the browser's weighted-sum example can check
 * edited weights without loading the props schema.
 */
import { approxEqual, formatNumber, rowSums } from "../../math/index.ts";

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
