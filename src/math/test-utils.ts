/**
 * Helpers for the math module's tests only (not exported from index.ts): tolerance assertions
 * with readable failure messages, and small fast-check arbitraries.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { approxEqual, matricesApproxEqual, vectorsApproxEqual, type Matrix, type Vector } from "./index.ts";

/** Assert two numbers, vectors or matrices are equal within `tolerance` (relative above 1). */
export function expectClose(
  actual: number | Vector | Matrix,
  expected: number | Vector | Matrix,
  tolerance = 1e-6,
): void {
  const ok =
    typeof actual === "number" || typeof expected === "number"
      ? typeof actual === "number" && typeof expected === "number" && approxEqual(actual, expected, tolerance)
      : isMatrix(actual) || isMatrix(expected)
        ? matricesApproxEqual(actual as Matrix, expected as Matrix, tolerance)
        : vectorsApproxEqual(actual as Vector, expected as Vector, tolerance);
  if (!ok) {
    expect.fail(`expected ${JSON.stringify(actual)} to be within ${tolerance} of ${JSON.stringify(expected)}`);
  }
}

function isMatrix(x: Vector | Matrix): x is Matrix {
  return Array.isArray(x[0]);
}

/** A small dimension, 1 to 5. */
export const dim = fc.integer({ min: 1, max: 5 });

/** Small integers −9 … 9, easy to reason about when a property fails. */
export const smallInt = fc.integer({ min: -9, max: 9 });

/** Bounded doubles without NaN or infinities. */
export const smallDouble = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });

/** A vector of exactly n entries. */
export function vectorArb(n: number): fc.Arbitrary<number[]>;
export function vectorArb<T>(n: number, entry: fc.Arbitrary<T>): fc.Arbitrary<T[]>;
export function vectorArb(n: number, entry: fc.Arbitrary<unknown> = smallInt): fc.Arbitrary<unknown[]> {
  return fc.array(entry, { minLength: n, maxLength: n });
}

/** A rows×cols matrix. */
export function matrixArb(
  rows: number,
  cols: number,
  entry: fc.Arbitrary<number> = smallInt,
): fc.Arbitrary<number[][]> {
  return fc.array(vectorArb(cols, entry), { minLength: rows, maxLength: rows });
}
