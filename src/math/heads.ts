/**
 * Multi-head attention: each head projects the FULL input with its own W_q, W_k, W_v, runs
 * attention scaled by its own key size, and the heads' outputs are concatenated side by side
 * and multiplied by W_O.
 */
import { projectRows, scaledDotProductAttention, type AttentionOptions, type AttentionResult } from "./attention.ts";
import { checkSize, shapeOf, ShapeError, type Matrix } from "./shape.ts";

/** One head's projection weights, each of shape [d_model, head size]. */
export interface HeadWeights {
  readonly Wq: Matrix;
  readonly Wk: Matrix;
  readonly Wv: Matrix;
}

/** One head's attention with the Q, K, V it projected. */
export interface HeadAttention extends AttentionResult {
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
}

/** The result of multiHeadAttention. */
export interface MultiHeadResult {
  readonly heads: readonly HeadAttention[];
  /** The heads' outputs side by side, shape [n, Σ d_v]. */
  readonly concat: Matrix;
  /** concat·W_O, shape [n, d_out]. */
  readonly output: Matrix;
}

/**
 * Split the columns of M evenly into numHeads blocks, left to right.
 * @param M shape [n, h·d]
 * @returns numHeads matrices of shape [n, d]
 * @throws ShapeError (left: M's shape, right: [numHeads]) when the columns do not divide evenly
 */
export function splitHeads(M: Matrix, numHeads: number): Matrix[] {
  checkSize("splitHeads", "the number of heads", numHeads, 1);
  const [n, cols] = shapeOf(M);
  if (cols % numHeads !== 0) {
    throw new ShapeError(
      "splitHeads",
      [n, cols],
      [numHeads],
      `cannot split a ${n}×${cols} matrix into ${numHeads} heads; its ${cols} columns must ` +
        `divide evenly by the number of heads (${cols} is not a multiple of ${numHeads}).`,
    );
  }
  const size = cols / numHeads;
  return Array.from({ length: numHeads }, (_, h) => M.map((r) => r.slice(h * size, (h + 1) * size)));
}

/**
 * Join matrices side by side (row i of the result is row i of each head, in order).
 * @param heads each of shape [n, d_h], same n
 * @returns shape [n, Σ d_h]
 */
export function concatHeads(heads: readonly Matrix[]): Matrix {
  const first = heads[0];
  if (first === undefined) throw new RangeError("concatHeads: needs at least one head.");
  const [n, firstCols] = shapeOf(first);
  heads.forEach((h, k) => {
    const [rows, cols] = shapeOf(h);
    if (rows !== n) {
      throw new ShapeError(
        "concatHeads",
        [n, firstCols],
        [rows, cols],
        `cannot join head 0 (${n}×${firstCols}) and head ${k} (${rows}×${cols}) side by side; ` +
          `every head needs the same number of rows (${n} ≠ ${rows}).`,
      );
    }
  });
  return first.map((_, i) => heads.flatMap((h) => h[i] as readonly number[]));
}

/**
 * Multi-head attention: for each head, Q = XW_q, K = XW_k, V = XW_v and attention scaled by
 * √(that head's key size); then concat(heads)·W_O.
 * @param X shape [n, d_model]
 * @param heads one HeadWeights per head
 * @param WO shape [Σ d_v, d_out]
 */
export function multiHeadAttention(
  X: Matrix,
  heads: readonly HeadWeights[],
  WO: Matrix,
  { causal = false }: AttentionOptions = {},
): MultiHeadResult {
  const results = heads.map(({ Wq, Wk, Wv }): HeadAttention => {
    const Q = projectRows(X, Wq);
    const K = projectRows(X, Wk);
    const V = projectRows(X, Wv);
    return { ...scaledDotProductAttention(Q, K, V, { causal }), Q, K, V };
  });
  const concat = concatHeads(results.map((r) => r.output));
  return { heads: results, concat, output: projectRows(concat, WO) };
}
