/**
 * Numerically stable softmax. Subtracting the row's maximum first leaves the result unchanged
 * (softmax is shift-invariant) but keeps exp from overflowing. A −∞ entry (masked) gets
 * exp(−∞) = 0, so weight exactly 0.
 */
import { checkIndex, shapeOf, type Matrix, type Vector } from "./shape.ts";

/** The steps of softmax for one row, for showing how weight j is reached. */
export interface SoftmaxExplanation {
  /** The largest entry, subtracted from every entry first. */
  readonly max: number;
  /** row − max, shape [n]; masked entries stay −∞. */
  readonly shifted: Vector;
  /** exp(row − max), shape [n]; masked entries are 0. */
  readonly exps: Vector;
  /** Σ exps, summed left to right. */
  readonly sumExp: number;
  /** exps[index] / sumExp, equal to softmax(row)[index] exactly. */
  readonly weight: number;
  /** The entry j being explained. */
  readonly index: number;
}

interface SoftmaxSteps {
  readonly max: number;
  readonly shifted: Vector;
  readonly exps: Vector;
  readonly sumExp: number;
  readonly weights: Vector;
}

/** The single code path behind softmax, softmaxRows and explainSoftmax. */
function softmaxSteps(row: Vector, where: string): SoftmaxSteps {
  if (row.length === 0) {
    throw new RangeError(`${where}: cannot take the softmax of an empty row; it has no entries.`);
  }
  const max = Math.max(...row);
  if (max === -Infinity) {
    throw new Error(
      `${where}: every entry is masked (−∞), so there is nothing to share the weight among; ` +
        `at least one entry must be finite. A query must be allowed to see at least one key.`,
    );
  }
  const shifted = row.map((v) => v - max);
  const exps = shifted.map(Math.exp);
  let sumExp = 0;
  for (const e of exps) sumExp += e;
  return { max, shifted, exps, sumExp, weights: exps.map((e) => e / sumExp) };
}

/**
 * softmax(row)_j = exp(row_j − max) / Σ_k exp(row_k − max): non-negative weights summing to 1.
 * @param row shape [n], n ≥ 1; −∞ entries are masked and get weight 0
 * @returns shape [n]
 * @throws Error when every entry is −∞; RangeError for an empty row
 */
export function softmax(row: Vector): Vector {
  return softmaxSteps(row, "softmax").weights;
}

/**
 * Softmax across each row separately (over keys, so each query's weights sum to 1).
 * @param M shape [m, n]
 * @returns shape [m, n]
 * @throws Error naming the row when a row is entirely −∞
 */
export function softmaxRows(M: Matrix): Matrix {
  shapeOf(M);
  return M.map((r, i) => softmaxSteps(r, `softmaxRows (row ${i})`).weights);
}

/**
 * The steps that produce softmax(row)[j].
 * @param row shape [n]
 * @param j index in 0 … n − 1
 * @throws RangeError when j is out of range
 */
export function explainSoftmax(row: Vector, j: number): SoftmaxExplanation {
  checkIndex("explainSoftmax", "index j =", j, row.length);
  const { weights, ...steps } = softmaxSteps(row, "explainSoftmax");
  return { ...steps, weight: weights[j] as number, index: j };
}
