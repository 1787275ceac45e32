/**
 * One pre-norm transformer block, as in GPT-2 and Llama (Xiong et al. 2020 compare it with the
 * original post-norm block): the residual stream X passes through unchanged, and two branches
 * read a normalised copy of it and write their result back by addition:
 *   afterAttention = X + MHA(norm₁(X))      (the heads concatenated and multiplied by W_O)
 *   output         = afterAttention + MLP(norm₂(afterAttention))
 * Only attention mixes tokens; the norms, the MLP and the additions work on each row alone.
 */
import { type AttentionOptions } from "./attention.ts";
import { multiHeadAttention, type HeadWeights, type MultiHeadResult } from "./heads.ts";
import { mlpRows, type MlpRowsResult, type MlpWeights } from "./mlp.ts";
import { DEFAULT_NORM_EPSILON, normRows, type NormKind, type NormWeights } from "./norm.ts";
import { checkIndex, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { add } from "./vector.ts";

/** The weights of one block. */
export interface BlockWeights {
  /** "layer" (layer norm, GPT-2) or "rms" (RMSNorm, Llama), used by both norms. */
  readonly norm: NormKind;
  /** The norm before attention; gain (and bias for layer norm) of shape [d_model]. */
  readonly norm1: NormWeights;
  /** The norm before the MLP. */
  readonly norm2: NormWeights;
  /** Each head's W_q, W_k, W_v, of shape [d_model, d_head]. */
  readonly heads: readonly HeadWeights[];
  /** Shape [Σ d_v, d_model]: mixes the heads and writes them into the residual stream. */
  readonly WO: Matrix;
  /** W1 [d_model, d_ff], b1 [d_ff], W2 [d_ff, d_model], b2 [d_model]. */
  readonly mlp: MlpWeights;
  /** ε of both norms; DEFAULT_NORM_EPSILON when left out. */
  readonly epsilon?: number;
}

/** Every intermediate of one block over n tokens; every matrix has one row per token. */
export interface BlockResult {
  /** X, shape [n, d_model]: the residual stream coming in. */
  readonly input: Matrix;
  /** norm₁(X), shape [n, d_model]: what the heads read. */
  readonly normed1: Matrix;
  /** The heads, their concatenation and concat·W_O (`attention.output`, [n, d_model]). */
  readonly attention: MultiHeadResult;
  /** X + attention.output, shape [n, d_model]. */
  readonly afterAttention: Matrix;
  /** norm₂(afterAttention), shape [n, d_model]: what the MLP reads. */
  readonly normed2: Matrix;
  /** The MLP on each row of normed2; `mlp.output` has shape [n, d_model]. */
  readonly mlp: MlpRowsResult;
  /** afterAttention + mlp.output, shape [n, d_model]: the residual stream going out. */
  readonly output: Matrix;
}

/** How output[i][j] is built up along the residual stream. */
export interface BlockEntryExplanation {
  readonly row: number;
  readonly col: number;
  /** X[i][j]. */
  readonly input: number;
  /** What attention wrote: attention.output[i][j]. */
  readonly attention: number;
  /** input + attention. */
  readonly afterAttention: number;
  /** What the MLP wrote: mlp.output[i][j]. */
  readonly mlp: number;
  /** afterAttention + mlp, equal to output[i][j] exactly. */
  readonly output: number;
}

function addRows(op: string, A: Matrix, B: Matrix, what: string): Matrix {
  const [n, d] = shapeOf(A);
  const [bRows, bCols] = shapeOf(B);
  if (n !== bRows || d !== bCols) {
    throw new ShapeError(
      op,
      [n, d],
      [bRows, bCols],
      `${what} is ${bRows}×${bCols} but the residual stream is ${n}×${d}; a branch must write ` +
        `back exactly d_model = ${d} numbers per token.`,
    );
  }
  return A.map((r, i) => add(r, B[i] as Vector));
}

/**
 * One pre-norm block with every intermediate.
 * @param X shape [n, d_model], n ≥ 1
 * @param options causal: each token's heads see only tokens at or before it
 * @throws ShapeError when W_O or the MLP does not write back d_model numbers per token, or any
 *   weight does not fit
 */
export function transformerBlock(
  X: Matrix,
  weights: BlockWeights,
  { causal = false }: AttentionOptions = {},
): BlockResult {
  const epsilon = weights.epsilon ?? DEFAULT_NORM_EPSILON;
  const normed1 = normRows(X, weights.norm, weights.norm1, epsilon);
  const attention = multiHeadAttention(normed1, weights.heads, weights.WO, { causal });
  const afterAttention = addRows("transformerBlock", X, attention.output, "concat·W_O");
  const normed2 = normRows(afterAttention, weights.norm, weights.norm2, epsilon);
  const mlp = mlpRows(normed2, weights.mlp);
  const output = addRows("transformerBlock", afterAttention, mlp.output, "the MLP's output");
  return { input: X, normed1, attention, afterAttention, normed2, mlp, output };
}

/**
 * The residual-stream ingredients of output[i][j].
 * @param i token (row), 0 … n − 1
 * @param j component, 0 … d_model − 1
 */
export function explainBlockEntry(result: BlockResult, i: number, j: number): BlockEntryExplanation {
  const [n, d] = shapeOf(result.output);
  checkIndex("explainBlockEntry", "row index i =", i, n);
  checkIndex("explainBlockEntry", "column index j =", j, d);
  return {
    row: i,
    col: j,
    input: result.input[i]![j]!,
    attention: result.attention.output[i]![j]!,
    afterAttention: result.afterAttention[i]![j]!,
    mlp: result.mlp.output[i]![j]!,
    output: result.output[i]![j]!,
  };
}
