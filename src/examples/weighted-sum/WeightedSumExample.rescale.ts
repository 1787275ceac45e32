/**
 * Keeping a row of attention weights a valid softmax output while a learner changes one of them:
 * the changed weight stays as typed and the others share what is left of 1 in the proportions
 * they had, so the row still sums to 1.
 */

/** Places the rescaled weights are rounded to, so a link stays short; the sum stays within 1e-12 of 1. */
const DECIMALS = 6;

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;

/**
 * `row` with weight `col` set to `value` (0 … 1) and the other weights scaled so the row sums to 1.
 * When the others are all 0 they share the rest equally. The others are rounded to 6 decimals and
 * the largest of them takes up the rounding, so the sum is 1 to within floating point.
 * A row of one weight can only be (1).
 * @returns null when `value` is outside 0 … 1
 */
export function rescaleKeeping(row: readonly number[], col: number, value: number): number[] | null {
  if (!(value >= 0 && value <= 1) || col < 0 || col >= row.length) return null;
  if (row.length === 1) return [1];
  const rest = 1 - value;
  const others = row.map((w, j) => (j === col ? 0 : w));
  const total = others.reduce((sum, w) => sum + w, 0);
  const scaled = row.map((w, j) => {
    if (j === col) return value;
    return round(total > 0 ? (w * rest) / total : rest / (row.length - 1));
  });
  let largest = col === 0 ? 1 : 0;
  scaled.forEach((w, j) => {
    if (j !== col && w > scaled[largest]!) largest = j;
  });
  const withoutLargest = scaled.reduce((sum, w, j) => (j === largest ? sum : sum + w), 0);
  scaled[largest] = Math.max(0, round(1 - withoutLargest));
  return scaled;
}
