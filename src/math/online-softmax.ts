/**
 * Online softmax: one row of scores read in tiles of B entries, keeping only a running maximum m
 * and a running sum l = Σ e^(s_j − m) of the entries seen so far. When a tile raises the
 * maximum from m_old to m_new, the old sum is rescaled by e^(m_old − m_new), so at the end
 * e^(s_j − m)/l is exactly softmax (up to rounding). This is what lets FlashAttention work on
 * tiles (Milakov & Gimelshein 2018; Dao et al. 2022).
 *
 * Before the first tile m = −∞ and l = 0. The rescale factor is defined as 0 whenever
 * m_old = −∞ (no finite score seen yet, so l_old = 0 and 0·0 = 0): this avoids e^(−∞ − (−∞)),
 * which is undefined, when a tile is entirely masked.
 */
import { checkWholeInRange } from "./limits.ts";
import { checkIndex, type Vector } from "./shape.ts";

/** One entry of a tile: s_j, s_j − m_new and e^(s_j − m_new). */
export interface OnlineSoftmaxTerm {
  /** Position j in the whole row. */
  readonly index: number;
  readonly score: number;
  /** s_j − m_new (−∞ for a masked entry). */
  readonly shifted: number;
  /** e^(s_j − m_new); 0 for a masked entry. */
  readonly exp: number;
}

/** What one tile does to the running maximum and sum. */
export interface OnlineSoftmaxStep {
  /** Position in the row of the tile's first entry. */
  readonly start: number;
  /** The tile's scores, shape [B] (the last tile may be shorter). */
  readonly scores: Vector;
  /** The largest score in the tile (−∞ if every entry is masked). */
  readonly tileMax: number;
  /** m before the tile (−∞ before the first). */
  readonly maxBefore: number;
  /** m after the tile: max(maxBefore, tileMax). */
  readonly maxAfter: number;
  /** e^(maxBefore − maxAfter); defined as 0 when maxBefore = −∞. */
  readonly rescale: number;
  /** l before the tile (0 before the first). */
  readonly sumBefore: number;
  /** sumBefore · rescale: the old sum re-expressed relative to the new maximum. */
  readonly rescaledSum: number;
  /** One term per tile entry, in order. */
  readonly terms: readonly OnlineSoftmaxTerm[];
  /** rescaledSum + each term's exp, added left to right. */
  readonly sumAfter: number;
}

/** The whole online computation of one row. */
export interface OnlineSoftmaxResult {
  /** The tile size B. */
  readonly tileSize: number;
  /** One step per tile, in order; ⌈n/B⌉ of them. */
  readonly steps: readonly OnlineSoftmaxStep[];
  /** The final running maximum m (the row's maximum). */
  readonly max: number;
  /** The final running sum l. */
  readonly sum: number;
  /** e^(s_j − m)/l for every j, shape [n]. */
  readonly weights: Vector;
}

/** How one final weight is reached from the final m and l. */
export interface OnlineWeightExplanation {
  readonly index: number;
  readonly score: number;
  readonly max: number;
  /** s_j − m. */
  readonly shifted: number;
  /** e^(s_j − m); 0 for a masked entry. */
  readonly exp: number;
  readonly sum: number;
  /** exp / sum, equal to onlineSoftmax(row, B).weights[index] exactly. */
  readonly weight: number;
}

/** e^(s − m), with a masked score (−∞) giving exactly 0 even when m is −∞ too. */
function shiftedExp(score: number, max: number): { shifted: number; exp: number } {
  if (score === -Infinity) return { shifted: -Infinity, exp: 0 };
  const shifted = score - max;
  return { shifted, exp: Math.exp(shifted) };
}

/**
 * Fold one tile into the running maximum and sum. Used for every row of FlashAttention too.
 * @param maxBefore m so far (−∞ before any tile)
 * @param sumBefore l so far (0 before any tile)
 * @param scores the tile, shape [B], B ≥ 1
 * @param start position in the row of scores[0], for the terms' indices
 */
export function onlineSoftmaxStep(maxBefore: number, sumBefore: number, scores: Vector, start = 0): OnlineSoftmaxStep {
  if (scores.length === 0) {
    throw new RangeError("onlineSoftmaxStep: a tile needs at least one score; this one is empty.");
  }
  const tileMax = Math.max(...scores);
  const maxAfter = Math.max(maxBefore, tileMax);
  const rescale = maxBefore === -Infinity ? 0 : Math.exp(maxBefore - maxAfter);
  const rescaledSum = sumBefore * rescale;
  const terms = scores.map((score, k) => ({ index: start + k, score, ...shiftedExp(score, maxAfter) }));
  let sumAfter = rescaledSum;
  for (const term of terms) sumAfter += term.exp;
  return { start, scores, tileMax, maxBefore, maxAfter, rescale, sumBefore, rescaledSum, terms, sumAfter };
}

function tilesOf(row: Vector, tileSize: number, op: string): Vector[] {
  if (row.length === 0) throw new RangeError(`${op}: the row is empty; it needs at least one score.`);
  checkWholeInRange(op, "the tile size B", tileSize, { min: 1, max: row.length }, "the row's length");
  const count = Math.ceil(row.length / tileSize);
  return Array.from({ length: count }, (_, t) => row.slice(t * tileSize, (t + 1) * tileSize));
}

/**
 * The row's scores in tiles of `tileSize`: [0, B), [B, 2B), …; the last may be shorter.
 * @param row shape [n], n ≥ 1
 * @param tileSize whole number from 1 to n
 * @returns ⌈n/B⌉ vectors
 * @throws LimitError when tileSize is outside 1 … n
 */
export function splitIntoTiles(row: Vector, tileSize: number): Vector[] {
  return tilesOf(row, tileSize, "splitIntoTiles");
}

/**
 * Softmax of one row computed tile by tile, every step kept.
 * @param row shape [n], n ≥ 1; −∞ entries are masked (weight 0); at least one must be finite
 * @param tileSize B, a whole number from 1 to n
 * @throws LimitError for a tile size outside 1 … n; Error when every entry is −∞
 */
export function onlineSoftmax(row: Vector, tileSize: number): OnlineSoftmaxResult {
  const steps: OnlineSoftmaxStep[] = [];
  let max = -Infinity;
  let sum = 0;
  tilesOf(row, tileSize, "onlineSoftmax").forEach((tile, t) => {
    const step = onlineSoftmaxStep(max, sum, tile, t * tileSize);
    steps.push(step);
    max = step.maxAfter;
    sum = step.sumAfter;
  });
  if (max === -Infinity) {
    throw new Error(
      "onlineSoftmax: every entry is masked (−∞), so there is nothing to share the weight " +
        "among; at least one entry must be finite.",
    );
  }
  const weights = row.map((score) => shiftedExp(score, max).exp / sum);
  return { tileSize, steps, max, sum, weights };
}

/**
 * The step of tile t of onlineSoftmax(row, tileSize).
 * @param t tile index in 0 … ⌈n/B⌉ − 1
 * @throws RangeError when t is out of range
 */
export function explainOnlineSoftmaxStep(row: Vector, tileSize: number, t: number): OnlineSoftmaxStep {
  const { steps } = onlineSoftmax(row, tileSize);
  checkIndex("explainOnlineSoftmaxStep", "tile index t =", t, steps.length);
  return steps[t] as OnlineSoftmaxStep;
}

/**
 * How weight j = e^(s_j − m)/l is reached from the final m and l.
 * @param j index in 0 … n − 1
 * @throws RangeError when j is out of range
 */
export function explainOnlineWeight(row: Vector, tileSize: number, j: number): OnlineWeightExplanation {
  checkIndex("explainOnlineWeight", "index j =", j, row.length);
  const { max, sum, weights } = onlineSoftmax(row, tileSize);
  const score = row[j] as number;
  return { index: j, score, max, ...shiftedExp(score, max), sum, weight: weights[j] as number };
}
