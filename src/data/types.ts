import type { HeadWeights, Matrix } from "../math/index.ts";

/** A sentence run through one attention head, with numbers chosen by hand. */
export interface SingleHeadData {
  /** The sentence, one word per token; row i of X belongs to tokens[i]. */
  readonly tokens: readonly string[];
  /** What each column of X stands for, e.g. "noun"; one name per column. */
  readonly features: readonly string[];
  /** The embeddings, one row per token: shape [tokens, d_model]. */
  readonly X: Matrix;
  /** Query weights, shape [d_model, d_k]. */
  readonly Wq: Matrix;
  /** Key weights, shape [d_model, d_k]. */
  readonly Wk: Matrix;
  /** Value weights, shape [d_model, d_v]. */
  readonly Wv: Matrix;
}

/** A sentence run through several heads, then joined by W_O. */
export interface MultiHeadData {
  /** The sentence, one word per token. */
  readonly tokens: readonly string[];
  /** What each column of X stands for. */
  readonly features: readonly string[];
  /** The embeddings, shape [tokens, d_model]. */
  readonly X: Matrix;
  /** Each head's own W_q, W_k, W_v, each of shape [d_model, that head's size]. */
  readonly heads: readonly HeadWeights[];
  /** The output projection, shape [Σ d_v, d_model]. */
  readonly WO: Matrix;
}
