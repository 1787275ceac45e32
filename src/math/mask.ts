/**
 * Causal masking: token i may attend only to tokens j ≤ i. Future scores become −∞ BEFORE
 * softmax, so exp(−∞) = 0 gives them weight exactly 0. (0 is not a mask: exp(0) = 1.)
 */
import { checkSize, shapeOf, ShapeError, type Matrix } from "./shape.ts";

/** True when query i must not see key j, i.e. j > i (a future token). */
export function isMasked(i: number, j: number): boolean {
  return j > i;
}

/**
 * The additive causal mask: 0 where j ≤ i, −∞ where j > i (above the diagonal).
 * @returns shape [n, n]
 */
export function causalMask(n: number): Matrix {
  checkSize("causalMask", "the number of tokens n", n);
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (isMasked(i, j) ? -Infinity : 0)));
}

/**
 * Scores with every future entry (j > i) replaced by −∞; other entries unchanged.
 * @param scores shape [n, n], one row per query and one column per key
 * @returns shape [n, n]
 * @throws ShapeError when scores is not square
 */
export function applyCausalMask(scores: Matrix): Matrix {
  const [rows, cols] = shapeOf(scores);
  if (rows !== cols) {
    throw new ShapeError(
      "applyCausalMask",
      [rows, cols],
      [rows, rows],
      `cannot causally mask a ${rows}×${cols} matrix of scores; expected a square ` +
        `${rows}×${rows} matrix, one row and one column per token (${cols} ≠ ${rows}).`,
    );
  }
  return scores.map((r, i) => r.map((v, j) => (isMasked(i, j) ? -Infinity : v)));
}
