/**
 * Scaled dot-product attention, softmax(QKᵀ / √d_k [+ causal mask]) V, step by step.
 * Row i of every matrix belongs to token (query) i; column j of the scores to key j.
 */
import { explainMatmulEntry, type MatmulEntryExplanation } from "./explain.ts";
import { applyCausalMask } from "./mask.ts";
import { matmul, transpose } from "./matrix.ts";
import { checkSize, shapeOf, ShapeError, type Matrix } from "./shape.ts";
import { softmaxRows } from "./softmax.ts";

/** Every intermediate of one attention computation (n queries, t keys). */
export interface AttentionResult {
  /** QKᵀ, shape [n, t]: scores[i][j] = q_i·k_j. */
  readonly scores: Matrix;
  /** scores / √d_k, shape [n, t]. */
  readonly scaled: Matrix;
  /** scaled with future entries set to −∞ when causal; the same array as `scaled` otherwise. */
  readonly masked: Matrix;
  /** softmax of each row of `masked`, shape [n, t]; each row sums to 1. */
  readonly weights: Matrix;
  /** weights·V, shape [n, d_v]: row i is query i's weighted sum of value rows. */
  readonly output: Matrix;
}

/** Options for scaledDotProductAttention. */
export interface AttentionOptions {
  /** Hide future tokens (j > i) from each query; needs as many queries as keys. */
  readonly causal?: boolean;
}

/** How one entry of weights·V is computed: Σ_k weights[i][k]·V[k][j]. */
export type WeightedSumExplanation = MatmulEntryExplanation;

/**
 * Project every row of X: XW (the same as matmul, named for what it does here).
 * @param X shape [n, d], one token per row
 * @param W shape [d, m]
 * @returns shape [n, m]
 */
export function projectRows(X: Matrix, W: Matrix): Matrix {
  const [n, d] = shapeOf(X);
  const [wRows, m] = shapeOf(W);
  if (d !== wRows) {
    throw new ShapeError(
      "projectRows",
      [n, d],
      [wRows, m],
      `cannot project a ${n}×${d} matrix of rows with a ${wRows}×${m} weight matrix; each row ` +
        `needs as many entries as the weight matrix has rows (${d} ≠ ${wRows}).`,
    );
  }
  return matmul(X, W);
}

/** Alias of projectRows: XW. */
export const project = projectRows;

function checkQueriesAndKeys(op: string, Q: Matrix, K: Matrix): void {
  const [n, dq] = shapeOf(Q);
  const [t, dk] = shapeOf(K);
  if (dq === dk) return;
  throw new ShapeError(
    op,
    [n, dq],
    [t, dk],
    `cannot score ${n}×${dq} queries against ${t}×${dk} keys; each query and key needs the ` +
      `same number of entries (${dq} ≠ ${dk}).`,
  );
}

/**
 * Attention scores S = QKᵀ, S[i][j] = q_i·k_j.
 * @param Q shape [n, d_k]
 * @param K shape [t, d_k]
 * @returns shape [n, t]
 */
export function attentionScores(Q: Matrix, K: Matrix): Matrix {
  checkQueriesAndKeys("attentionScores", Q, K);
  return matmul(Q, transpose(K));
}

/**
 * S / √d_k, keeping score variance near 1 so softmax does not saturate.
 * @param S shape [n, t]
 * @param dk the per-head key size, a whole number ≥ 1
 * @returns shape [n, t]
 */
export function scaleScores(S: Matrix, dk: number): Matrix {
  checkSize("scaleScores", "the key size d_k", dk, 1);
  const root = Math.sqrt(dk);
  shapeOf(S);
  return S.map((r) => r.map((v) => v / root));
}

/**
 * softmax(QKᵀ / √d_k) V with every intermediate; d_k is Q's column count.
 * @param Q shape [n, d_k]
 * @param K shape [t, d_k]
 * @param V shape [t, d_v], one value row per key
 * @param options causal: mask j > i (then n must equal t)
 */
export function scaledDotProductAttention(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  { causal = false }: AttentionOptions = {},
): AttentionResult {
  const [t, dk] = shapeOf(K);
  const [vRows, dv] = shapeOf(V);
  if (t !== vRows) {
    throw new ShapeError(
      "scaledDotProductAttention",
      [t, dk],
      [vRows, dv],
      `cannot pair ${t}×${dk} keys with ${vRows}×${dv} values; there must be one value row ` +
        `per key (${t} ≠ ${vRows}).`,
    );
  }
  const scores = attentionScores(Q, K);
  const scaled = scaleScores(scores, shapeOf(Q)[1]);
  const masked = causal ? applyCausalMask(scaled) : scaled;
  const weights = softmaxRows(masked);
  return { scores, scaled, masked, weights, output: matmul(weights, V) };
}

/**
 * The ingredients of scores[i][j] = q_i·k_j (row i of Q against column j of Kᵀ, i.e. key j).
 * @param Q shape [n, d_k]
 * @param K shape [t, d_k]
 */
export function explainScore(Q: Matrix, K: Matrix, i: number, j: number): MatmulEntryExplanation {
  checkQueriesAndKeys("explainScore", Q, K);
  return explainMatmulEntry(Q, transpose(K), i, j);
}

/**
 * The ingredients of output[i][j] = Σ_k weights[i][k]·V[k][j].
 * @param weights shape [n, t]
 * @param V shape [t, d_v]
 */
export function explainWeightedSum(weights: Matrix, V: Matrix, i: number, j: number): WeightedSumExplanation {
  return explainMatmulEntry(weights, V, i, j);
}
