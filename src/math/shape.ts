/**
 * Shapes and the errors thrown when they do not fit.
 *
 * A shape is written [rows, cols] for a matrix and [n] for a vector; a vector is shown as a
 * 1×n row because every vector in this module is a row vector (y = xW).
 */

/** A row vector of n entries. Shape [n], displayed as 1×n. */
export type Vector = readonly number[];

/** A matrix stored as rows; every row has the same length. Shape [rows, cols]. */
export type Matrix = readonly Vector[];

/**
 * Format a shape for a message: [2, 3] → "2×3", a vector's [3] → "1×3".
 * @param shape [rows, cols] or [n]
 */
export function formatShape(shape: readonly number[]): string {
  return (shape.length === 1 ? [1, ...shape] : shape).join("×");
}

/**
 * The shape of a vector seen as a row: [1, n].
 * @param v vector of length n
 */
export function vectorShape(v: Vector): readonly [number, number] {
  return [1, v.length];
}

/**
 * Thrown when two operands do not fit together. `left` and `right` are their shapes
 * ([n] for a vector, [rows, cols] for a matrix); the message names the op, both shapes in
 * "a×b" form, and what was expected.
 */
export class ShapeError extends Error {
  override readonly name = "ShapeError";
  readonly op: string;
  readonly left: readonly number[];
  readonly right: readonly number[];

  /**
   * @param op the operation that failed, e.g. "projectRow"
   * @param left shape of the first operand
   * @param right shape of the second operand (or the shape that was expected)
   * @param detail the sentence after "op: ", which must mention both shapes
   */
  constructor(op: string, left: readonly number[], right: readonly number[], detail: string) {
    super(`${op}: ${detail}`);
    this.op = op;
    this.left = [...left];
    this.right = [...right];
  }
}

/** Thrown when a matrix's rows do not all have the same number of entries. */
export class RaggedMatrixError extends Error {
  override readonly name = "RaggedMatrixError";
  /** Index of the first row whose length differs from row 0. */
  readonly row: number;
  /** Length of row 0. */
  readonly expected: number;
  /** Length of the offending row. */
  readonly received: number;

  constructor(row: number, expected: number, received: number) {
    super(
      `Row ${row} has ${received} ${received === 1 ? "entry" : "entries"} but row 0 has ` +
        `${expected}; every row of a matrix needs the same number of entries.`,
    );
    this.row = row;
    this.expected = expected;
    this.received = received;
  }
}

/**
 * The shape [rows, cols] of a rectangular matrix; an empty matrix is [0, 0].
 * @throws RaggedMatrixError when rows differ in length
 */
export function shapeOf(M: Matrix): readonly [number, number] {
  const cols = M[0]?.length ?? 0;
  M.forEach((r, i) => {
    if (r.length !== cols) throw new RaggedMatrixError(i, cols, r.length);
  });
  return [M.length, cols];
}

/**
 * Check that `index` is an integer in 0 … count − 1.
 * @param op the operation, for the message
 * @param what what is being indexed, e.g. "column index j"
 * @throws RangeError naming the valid range
 */
export function checkIndex(op: string, what: string, index: number, count: number): void {
  if (Number.isInteger(index) && index >= 0 && index < count) return;
  const valid = count === 0 ? "there are none to choose from" : `it must be an integer from 0 to ${count - 1}`;
  throw new RangeError(`${op}: ${what} ${index} is out of range; ${valid}.`);
}

/**
 * Check that `n` is a whole number ≥ `min` (sizes, counts).
 * @throws RangeError
 */
export function checkSize(op: string, what: string, n: number, min = 0): void {
  if (Number.isInteger(n) && n >= min) return;
  throw new RangeError(`${op}: ${what} must be a whole number ≥ ${min}; received ${n}.`);
}
