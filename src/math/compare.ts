/** Equality of numbers, vectors and matrices: exact, and within a tolerance. */
import type { Matrix, Vector } from "./shape.ts";

/**
 * True when |a − b| ≤ tolerance · max(1, |a|, |b|): absolute near zero, relative for large
 * numbers (as gl-matrix's `equals`). Equal infinities are equal; NaN equals nothing.
 */
export function approxEqual(a: number, b: number, tolerance = 1e-9): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Same length and every entry approxEqual.
 * @param a shape [n]
 * @param b shape [n]; a different length gives false
 */
export function vectorsApproxEqual(a: Vector, b: Vector, tolerance = 1e-9): boolean {
  return a.length === b.length && a.every((v, i) => approxEqual(v, b[i] as number, tolerance));
}

/**
 * Same shape and every entry approxEqual.
 * @param A shape [m, n]
 * @param B shape [m, n]; a different shape (or a ragged row) gives false
 */
export function matricesApproxEqual(A: Matrix, B: Matrix, tolerance = 1e-9): boolean {
  return A.length === B.length && A.every((r, i) => vectorsApproxEqual(r, B[i] ?? [], tolerance));
}

/** Same length and every entry === (so 0 equals −0 and NaN equals nothing). */
export function vectorsEqual(a: Vector, b: Vector): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Same shape and every entry ===. */
export function matricesEqual(A: Matrix, B: Matrix): boolean {
  return A.length === B.length && A.every((r, i) => vectorsEqual(r, B[i] ?? []));
}
