/** Vector operations. Every vector is a row of n numbers; nothing mutates its inputs. */
import { ShapeError, type Vector } from "./shape.ts";

function checkSameLength(op: string, a: Vector, b: Vector, doing: string): void {
  if (a.length === b.length) return;
  throw new ShapeError(
    op,
    [a.length],
    [b.length],
    `cannot ${doing} a 1×${a.length} vector and a 1×${b.length} vector; ` +
      `both need the same number of entries (${a.length} ≠ ${b.length}).`,
  );
}

/**
 * Dot product a·b = Σ_i a_i·b_i, summed left to right from 0.
 * This is the one place products are summed: projections, matmul, scores and the explain
 * forms all call it, so an explained sum is bit-for-bit the computed one.
 * @param a shape [n]
 * @param b shape [n]
 * @returns a number (0 for two empty vectors)
 * @throws ShapeError when the lengths differ
 */
export function dot(a: Vector, b: Vector): number {
  checkSameLength("dot", a, b, "take the dot product of");
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/**
 * Entry-wise sum a + b.
 * @param a shape [n]
 * @param b shape [n]
 * @returns shape [n]
 */
export function add(a: Vector, b: Vector): Vector {
  checkSameLength("add", a, b, "add");
  return a.map((v, i) => v + (b[i] as number));
}

/**
 * Entry-wise difference a − b.
 * @param a shape [n]
 * @param b shape [n]
 * @returns shape [n]
 */
export function subtract(a: Vector, b: Vector): Vector {
  checkSameLength("subtract", a, b, "subtract");
  return a.map((v, i) => v - (b[i] as number));
}

/**
 * Multiply every entry by s.
 * @param v shape [n]
 * @returns shape [n]
 */
export function scale(v: Vector, s: number): Vector {
  return v.map((x) => x * s);
}

/**
 * Euclidean length √(v·v).
 * @param v shape [n]
 */
export function norm(v: Vector): number {
  return Math.hypot(...v);
}
