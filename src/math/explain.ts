/**
 * Explain forms: the ingredients of one output entry (each product a_i·b_i and the sum).
 * Hover highlighting and expansion text are built from these. Every sum is computed by `dot`,
 * the same function the plain ops use, so what is shown is exactly what is computed.
 */
import { column, row } from "./matrix.ts";
import { checkIndex, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { dot } from "./vector.ts";

/** One term a_i·b_i of a dot product. */
export interface Term {
  /** The entry from the left operand, a_i. */
  readonly left: number;
  /** The entry from the right operand, b_i. */
  readonly right: number;
  /** left × right. */
  readonly product: number;
}

/** A dot product written out: its terms in order and their sum. */
export interface DotExplanation {
  readonly terms: readonly Term[];
  /** Equal to `dot(a, b)` exactly. */
  readonly sum: number;
}

/** How y_j of y = xW is computed: x against column `index` of W. */
export interface ProjectionExplanation extends DotExplanation {
  /** The output index j. */
  readonly index: number;
  /** Column j of W, shape [n]. */
  readonly column: Vector;
}

/** How C[row][col] of C = AB is computed: row `row` of A against column `col` of B. */
export interface MatmulEntryExplanation extends DotExplanation {
  readonly row: number;
  readonly col: number;
  /** Row i of A, shape [n]. */
  readonly rowVector: Vector;
  /** Column j of B, shape [n]. */
  readonly columnVector: Vector;
}

/**
 * The terms a_i·b_i and the sum of a·b.
 * @param a shape [n]
 * @param b shape [n]
 * @throws ShapeError when the lengths differ
 */
export function explainDot(a: Vector, b: Vector): DotExplanation {
  const sum = dot(a, b);
  const terms = a.map((left, i) => {
    const right = b[i] as number;
    return { left, right, product: left * right };
  });
  return { terms, sum };
}

/**
 * The ingredients of y_j in y = xW (equal to `projectRow(x, W)[j]`).
 * @param x shape [n]
 * @param W shape [n, m]
 * @param j output index in 0 … m − 1
 * @throws ShapeError on a shape mismatch, RangeError when j is out of range
 */
export function explainProjection(x: Vector, W: Matrix, j: number): ProjectionExplanation {
  const [rows, cols] = shapeOf(W);
  if (x.length !== rows) {
    throw new ShapeError(
      "explainProjection",
      [x.length],
      [rows, cols],
      `cannot multiply a 1×${x.length} row by a ${rows}×${cols} matrix; the row needs as many ` +
        `entries as the matrix has rows (${x.length} ≠ ${rows}).`,
    );
  }
  checkIndex("explainProjection", "output index j =", j, cols);
  const w = column(W, j);
  return { ...explainDot(x, w), index: j, column: w };
}

/**
 * The ingredients of C[i][j] in C = AB (equal to `matmul(A, B)[i][j]`).
 * @param A shape [m, n]
 * @param B shape [n, p]
 * @param i row index in 0 … m − 1
 * @param j column index in 0 … p − 1
 * @throws ShapeError on a shape mismatch, RangeError when i or j is out of range
 */
export function explainMatmulEntry(A: Matrix, B: Matrix, i: number, j: number): MatmulEntryExplanation {
  const [m, n] = shapeOf(A);
  const [bRows, p] = shapeOf(B);
  if (n !== bRows) {
    throw new ShapeError(
      "explainMatmulEntry",
      [m, n],
      [bRows, p],
      `cannot multiply a ${m}×${n} matrix by a ${bRows}×${p} matrix; the left matrix needs as ` +
        `many columns as the right one has rows (${n} ≠ ${bRows}).`,
    );
  }
  checkIndex("explainMatmulEntry", "row index i =", i, m);
  checkIndex("explainMatmulEntry", "column index j =", j, p);
  const rowVector = row(A, i);
  const columnVector = column(B, j);
  return { ...explainDot(rowVector, columnVector), row: i, col: j, rowVector, columnVector };
}
