/**
 * The checks the tiled pages show beside their results: online softmax against the plain softmax
 * of the same row, and FlashAttention against standard attention on the same Q, K and V. Both
 * sides are computed here, by their own code paths, and compared entry by entry, so a page shows
 * the comparison instead of claiming it.
 */
import { scaledDotProductAttention, type AttentionResult } from "./attention.ts";
import { largestDifference } from "./decoder-shared.ts";
import { flashAttention, type FlashOptions, type FlashResult } from "./flash-attention.ts";
import { onlineSoftmax, type OnlineSoftmaxResult } from "./online-softmax.ts";
import type { Matrix, Vector } from "./shape.ts";
import { softmax } from "./softmax.ts";

/**
 * How far apart the tiled and the plain results may be and still count as equal: they run the
 * same exps and sums in another order, so they differ by rounding only (about 1e-16 per entry).
 */
export const TILED_TOLERANCE = 1e-12;

/** A tiled result beside the plain one, and their largest entry-wise difference. */
export interface TiledComparison {
  /** max |tiled − plain| over every entry (0 when they agree to the last bit). */
  readonly difference: number;
  /** difference ≤ TILED_TOLERANCE. */
  readonly equal: boolean;
}

/** onlineSoftmax(row, B) beside softmax(row). */
export interface OnlineSoftmaxCheck extends TiledComparison {
  readonly online: OnlineSoftmaxResult;
  /** softmax(row), computed in one pass over the whole row; shape [n]. */
  readonly plain: Vector;
}

/** flashAttention(Q, K, V) beside scaledDotProductAttention(Q, K, V). */
export interface FlashCheck extends TiledComparison {
  readonly flash: FlashResult;
  /** Standard attention with the whole n×t score matrix; `standard.output` has shape [n, d_v]. */
  readonly standard: AttentionResult;
}

/**
 * The largest |A[i][j] − B[i][j]| (0 for identical matrices).
 * @param A shape [m, n]
 * @param B shape [m, n]
 */
export function largestMatrixDifference(A: Matrix, B: Matrix): number {
  return A.reduce((m, row, i) => Math.max(m, largestDifference(row, B[i] as Vector)), 0);
}

/**
 * Online softmax in tiles of B next to the plain softmax of the same row.
 * @param row shape [n], n ≥ 1
 * @param tileSize B, a whole number from 1 to n
 * @throws LimitError for a tile size outside 1 … n
 */
export function checkOnlineSoftmax(row: Vector, tileSize: number): OnlineSoftmaxCheck {
  const online = onlineSoftmax(row, tileSize);
  const plain = softmax(row);
  const difference = largestDifference(online.weights, plain);
  return { online, plain, difference, equal: difference <= TILED_TOLERANCE };
}

/**
 * FlashAttention with blocks Br × Bc next to standard attention on the same numbers.
 * @param Q shape [n, d]
 * @param K shape [t, d]
 * @param V shape [t, d_v]
 * @throws LimitError for a block size outside its range; ShapeError on a shape mismatch
 */
export function checkFlashAttention(Q: Matrix, K: Matrix, V: Matrix, options: FlashOptions): FlashCheck {
  const flash = flashAttention(Q, K, V, options);
  const standard = scaledDotProductAttention(Q, K, V, { causal: options.causal ?? false });
  const difference = largestMatrixDifference(flash.output, standard.output);
  return { flash, standard, difference, equal: difference <= TILED_TOLERANCE };
}
