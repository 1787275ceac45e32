/**
 * The explain form of scaling one score by √d_k.
 */
import { checkIndex, checkSize, shapeOf, type Matrix } from "./shape.ts";

/** How scaled[i][j] = S[i][j] / √d_k is reached. */
export interface ScaledScoreExplanation {
  readonly row: number;
  readonly col: number;
  /** S[i][j], the raw score q_i·k_j. */
  readonly score: number;
  /** d_k, the per-head key size. */
  readonly keySize: number;
  /** √d_k. */
  readonly root: number;
  /** score / root, equal to scaleScores(S, d_k)[i][j] exactly. */
  readonly scaled: number;
}

/**
 * The ingredients of scaleScores(S, dk)[i][j].
 * @param S shape [n, t]
 * @param dk the per-head key size, a whole number ≥ 1
 * @param i row (query) index in 0 … n − 1
 * @param j column (key) index in 0 … t − 1
 * @throws RangeError for a bad d_k or index
 */
export function explainScaledScore(S: Matrix, dk: number, i: number, j: number): ScaledScoreExplanation {
  checkSize("explainScaledScore", "the key size d_k", dk, 1);
  const [n, t] = shapeOf(S);
  checkIndex("explainScaledScore", "row index i =", i, n);
  checkIndex("explainScaledScore", "column index j =", j, t);
  const score = S[i]![j]!;
  // The same two operations as scaleScores, so the shown value is the computed one.
  const root = Math.sqrt(dk);
  return { row: i, col: j, score, keySize: dk, root, scaled: score / root };
}
