/**
 * Cross-attention (the encoder–decoder attention of Vaswani et al. 2017, §3.2.3): queries come
 * from the decoder's (target) rows, keys and values from the encoder's (source) rows. The scores
 * are n_tgt × n_src, softmax runs over the source for each target row, and there is no causal
 * mask: the whole source sentence is known before decoding starts. K and V depend on the source
 * alone, so they are computed once and every decode step reuses them; unlike a self-attention
 * KV cache they never grow.
 *
 * The scores, weights and output are explained with explainScore, explainSoftmax and
 * explainWeightedSum from attention.ts and softmax.ts; Q, K and V entries with explainProjection.
 */
import { projectRows, scaledDotProductAttention } from "./attention.ts";
import type { HeadAttention } from "./heads.ts";
import { projectRow, row } from "./matrix.ts";
import { shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";

/** The encoder's keys and values, computed once per source sentence. */
export interface EncoderKv {
  /** X_src·W_K, shape [n_src, d_k]. */
  readonly K: Matrix;
  /** X_src·W_V, shape [n_src, d_v]. */
  readonly V: Matrix;
}

/**
 * Everything cross-attention computes: Q [n_tgt, d_k], K [n_src, d_k], V [n_src, d_v], scores,
 * scaled and weights [n_tgt, n_src] (`masked` is `scaled`: nothing is hidden), output [n_tgt, d_v].
 */
export type CrossAttentionResult = HeadAttention;

/** One target row's cross-attention, from the encoder's K and V. */
export interface CrossStepResult {
  /** x_tgt·W_Q, shape [d_k]. */
  readonly q: Vector;
  /** q·k_s for every source row, shape [n_src]. */
  readonly scores: Vector;
  /** scores / √d_k, shape [n_src]. */
  readonly scaled: Vector;
  /** softmax(scaled) over the source, shape [n_src]; sums to 1. */
  readonly weights: Vector;
  /** weights·V, shape [d_v]. */
  readonly output: Vector;
}

/**
 * K and V of the source sentence, computed once before decoding.
 * @param Xsrc shape [n_src, d_model_src], one encoder output row per source token
 * @param Wk shape [d_model_src, d_k]
 * @param Wv shape [d_model_src, d_v]
 */
export function encoderKv(Xsrc: Matrix, Wk: Matrix, Wv: Matrix): EncoderKv {
  return { K: projectRows(Xsrc, Wk), V: projectRows(Xsrc, Wv) };
}

/**
 * Decoder rows attend to encoder rows: softmax(QKᵀ / √d_k) V with Q = X_tgt·W_Q,
 * K = X_src·W_K, V = X_src·W_V, no mask.
 * @param Xtgt shape [n_tgt, d_model], the decoder's rows
 * @param Xsrc shape [n_src, d_model_src], the encoder's output rows (n_src may differ from n_tgt)
 * @param Wq shape [d_model, d_k]
 * @param Wk shape [d_model_src, d_k]
 * @param Wv shape [d_model_src, d_v]
 * @throws ShapeError when a weight does not fit its input, or W_Q and W_K give different sizes
 */
export function crossAttention(Xtgt: Matrix, Xsrc: Matrix, Wq: Matrix, Wk: Matrix, Wv: Matrix): CrossAttentionResult {
  const Q = projectRows(Xtgt, Wq);
  const { K, V } = encoderKv(Xsrc, Wk, Wv);
  return { ...scaledDotProductAttention(Q, K, V), Q, K, V };
}

/**
 * One decoder row's cross-attention using the encoder's K and V computed beforehand: only its q
 * is new. Equal to row i of crossAttention for the same weights.
 * @param xTgtRow shape [d_model]
 * @param Wq shape [d_model, d_k]
 * @param cachedKv from encoderKv
 */
export function crossAttendStep(xTgtRow: Vector, Wq: Matrix, cachedKv: EncoderKv): CrossStepResult {
  const [nSrc, dk] = shapeOf(cachedKv.K);
  if (nSrc === 0) {
    throw new ShapeError(
      "crossAttendStep",
      [nSrc, dk],
      [xTgtRow.length],
      "the encoder's K has no rows, so there is no source token to attend to; encode at least one.",
    );
  }
  const q = projectRow(xTgtRow, Wq);
  const a = scaledDotProductAttention([q], cachedKv.K, cachedKv.V);
  return {
    q,
    scores: row(a.scores, 0),
    scaled: row(a.scaled, 0),
    weights: row(a.weights, 0),
    output: row(a.output, 0),
  };
}
