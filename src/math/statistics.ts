/**
 * Summary statistics of a list of numbers: the sums behind "each row sums to 1" and the sample
 * variance behind "q·k has variance d_k".
 */
import type { Matrix, Vector } from "./shape.ts";

function checkLength(op: string, v: Vector, min: number): void {
  if (v.length >= min) return;
  throw new RangeError(`${op}: needs at least ${min} number${min === 1 ? "" : "s"}; received a list of ${v.length}.`);
}

/**
 * Σ v_i, summed left to right from 0 (0 for an empty list).
 * @param v shape [n]
 */
export function sum(v: Vector): number {
  let total = 0;
  for (const x of v) total += x;
  return total;
}

/**
 * The sum of each row: softmax weights give 1 per row.
 * @param M shape [m, n]
 * @returns shape [m]
 */
export function rowSums(M: Matrix): Vector {
  return M.map(sum);
}

/**
 * The arithmetic mean Σ v_i / n.
 * @param v shape [n], n ≥ 1
 * @throws RangeError for an empty list
 */
export function mean(v: Vector): number {
  checkLength("mean", v, 1);
  return sum(v) / v.length;
}

/**
 * The sample variance Σ (v_i − mean)² / (n − 1): the unbiased estimate of the variance of the
 * distribution the numbers were drawn from.
 * @param v shape [n], n ≥ 2
 * @throws RangeError for fewer than two numbers
 */
export function sampleVariance(v: Vector): number {
  checkLength("sampleVariance", v, 2);
  const m = mean(v);
  let squares = 0;
  for (const x of v) squares += (x - m) * (x - m);
  return squares / (v.length - 1);
}
