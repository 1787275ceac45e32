import { projectRows, scaledDotProductAttention, type AttentionResult, type Matrix } from "../../math/index.ts";
import type { SingleHeadData } from "../../data/data-sets.ts";

/** Every matrix of one head's pass over a sentence. */
export interface SingleHeadRun extends AttentionResult {
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
  /** d_k: the length of each query and key, the number the scores are divided by the root of. */
  readonly keySize: number;
}

/** Q = XW_q, K = XW_k, V = XW_v, then softmax(QKᵀ/√d_k)V, keeping every intermediate. */
export function runSingleHead({ X, Wq, Wk, Wv }: SingleHeadData): SingleHeadRun {
  const [Q, K, V] = [projectRows(X, Wq), projectRows(X, Wk), projectRows(X, Wv)];
  return { Q, K, V, keySize: Q[0]?.length ?? 0, ...scaledDotProductAttention(Q, K, V) };
}
