/** Matrix operations on row-major readonly arrays; nothing mutates its inputs. */
import { checkIndex, checkSize, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { dot } from "./vector.ts";

/**
 * Column j of W, top to bottom.
 * @param W shape [rows, cols]
 * @returns shape [rows]
 * @throws RangeError when j is not in 0 … cols − 1
 */
export function column(W: Matrix, j: number): Vector {
  const [, cols] = shapeOf(W);
  checkIndex("column", "column index", j, cols);
  return W.map((r) => r[j] as number);
}

/**
 * Row i of M.
 * @param M shape [rows, cols]
 * @returns shape [cols]
 * @throws RangeError when i is not in 0 … rows − 1
 */
export function row(M: Matrix, i: number): Vector {
  checkIndex("row", "row index", i, M.length);
  return M[i] as Vector;
}

/**
 * Row vector × matrix, y = xW: y_j = Σ_i x_i·W[i][j], so output j uses COLUMN j of W.
 * (PyTorch's nn.Linear stores the transpose of this W.)
 * @param x shape [n]
 * @param W shape [n, m]
 * @returns shape [m]
 * @throws ShapeError when x has not as many entries as W has rows
 */
export function projectRow(x: Vector, W: Matrix): Vector {
  const [rows, cols] = shapeOf(W);
  if (x.length !== rows) {
    throw new ShapeError(
      "projectRow",
      [x.length],
      [rows, cols],
      `cannot multiply a 1×${x.length} row by a ${rows}×${cols} matrix; the row needs as many ` +
        `entries as the matrix has rows (${x.length} ≠ ${rows}).`,
    );
  }
  return Array.from({ length: cols }, (_, j) => dot(x, column(W, j)));
}

/**
 * Transpose: (Aᵀ)[j][i] = A[i][j]. An n×0 matrix transposes to the empty matrix.
 * @param A shape [m, n]
 * @returns shape [n, m]
 */
export function transpose(A: Matrix): Matrix {
  const [, cols] = shapeOf(A);
  return Array.from({ length: cols }, (_, j) => A.map((r) => r[j] as number));
}

/**
 * Matrix product C = AB, C[i][j] = row i of A · column j of B.
 * @param A shape [m, n]
 * @param B shape [n, p]
 * @returns shape [m, p]
 * @throws ShapeError when A's columns ≠ B's rows
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  const [m, n] = shapeOf(A);
  const [bRows, p] = shapeOf(B);
  if (n !== bRows) {
    throw new ShapeError(
      "matmul",
      [m, n],
      [bRows, p],
      `cannot multiply a ${m}×${n} matrix by a ${bRows}×${p} matrix; the left matrix needs as ` +
        `many columns as the right one has rows (${n} ≠ ${bRows}).`,
    );
  }
  const columns = Array.from({ length: p }, (_, j) => column(B, j));
  return A.map((r) => columns.map((c) => dot(r, c)));
}

/**
 * Multiply every entry by s.
 * @param A shape [m, n]
 * @returns shape [m, n]
 */
export function scaleMatrix(A: Matrix, s: number): Matrix {
  shapeOf(A);
  return A.map((r) => r.map((v) => v * s));
}

/**
 * The n×n identity matrix.
 * @returns shape [n, n]
 */
export function identity(n: number): Matrix {
  checkSize("identity", "the size n", n);
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/**
 * A rows×cols matrix of zeros.
 * @returns shape [rows, cols]
 */
export function zeros(rows: number, cols: number): Matrix {
  checkSize("zeros", "rows", rows);
  checkSize("zeros", "cols", cols);
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}
