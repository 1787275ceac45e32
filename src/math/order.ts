/**
 * Reordering tokens. An order lists, for each new position i, which old row goes there:
 * permuteRows(M, order)[i] = M[order[i]]. Self-attention without positions only follows such a
 * reordering around (it is permutation equivariant): it cannot tell "dog bites man" from
 * "man bites dog" except by where each row ends up.
 */
import { checkIndex, checkSize, shapeOf, ShapeError, type Matrix } from "./shape.ts";

/**
 * Check that `order` lists each of 0 … n − 1 exactly once.
 * @throws RangeError naming a repeated or missing index
 */
export function checkOrder(op: string, order: readonly number[]): void {
  const seen = new Set<number>();
  for (const k of order) {
    checkIndex(op, "row index", k, order.length);
    if (seen.has(k)) {
      throw new RangeError(
        `${op}: row index ${k} appears twice in the order; an order lists each of 0 to ` +
          `${order.length - 1} exactly once.`,
      );
    }
    seen.add(k);
  }
}

/**
 * The order that changes nothing: 0, 1, …, n − 1.
 * @param n whole number ≥ 0
 */
export function identityOrder(n: number): number[] {
  checkSize("identityOrder", "the number of tokens n", n);
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * Rows of M in a new order: row i of the result is row order[i] of M.
 * @param M shape [n, d]
 * @param order a permutation of 0 … n − 1
 * @returns shape [n, d]
 * @throws ShapeError when order has not n entries, RangeError when it is not a permutation
 */
export function permuteRows(M: Matrix, order: readonly number[]): Matrix {
  const [n, d] = shapeOf(M);
  if (order.length !== n) {
    throw new ShapeError(
      "permuteRows",
      [n, d],
      [order.length],
      `cannot reorder the ${n} rows of a ${n}×${d} matrix with an order of ${order.length} ` +
        `entries; the order needs one entry per row.`,
    );
  }
  checkOrder("permuteRows", order);
  return order.map((k) => M[k]!);
}

/**
 * The order with the tokens at positions a and b exchanged; the given order is not changed.
 * @param order a permutation of 0 … n − 1
 * @param a position, 0 … n − 1
 * @param b position, 0 … n − 1
 */
export function swapTokens(order: readonly number[], a: number, b: number): number[] {
  checkOrder("swapTokens", order);
  checkIndex("swapTokens", "position a =", a, order.length);
  checkIndex("swapTokens", "position b =", b, order.length);
  const swapped = [...order];
  swapped[a] = order[b]!;
  swapped[b] = order[a]!;
  return swapped;
}

/**
 * The permutation matrix P of an order: P[i][order[i]] = 1, else 0, so P·M = permuteRows(M, order)
 * and P·A·Pᵀ reorders both the rows and the columns of a square A.
 * @param order a permutation of 0 … n − 1
 * @returns shape [n, n]
 */
export function permutationMatrix(order: readonly number[]): Matrix {
  checkOrder("permutationMatrix", order);
  return order.map((k) => order.map((_, j) => (j === k ? 1 : 0)));
}

/**
 * A square matrix with its rows AND columns reordered: result[i][j] = A[order[i]][order[j]], which
 * is P·A·Pᵀ for P = permutationMatrix(order). An attention map of reordered tokens is exactly this.
 * @param A shape [n, n]
 * @param order a permutation of 0 … n − 1
 * @returns shape [n, n]
 * @throws ShapeError when A is not square or the order has not n entries
 */
export function permuteSquare(A: Matrix, order: readonly number[]): Matrix {
  const [n, m] = shapeOf(A);
  if (n !== m) {
    throw new ShapeError(
      "permuteSquare",
      [n, m],
      [n, n],
      `cannot reorder the rows and columns of a ${n}×${m} matrix together; it must be square (one row and one column per token).`,
    );
  }
  return permuteRows(A, order).map((r) => order.map((k) => r[k]!));
}

/** Where entry (i, j) of permuteSquare(A, order) comes from. */
export interface PermutedEntryExplanation {
  /** The entry's row and column after reordering. */
  readonly row: number;
  readonly col: number;
  /** order[i] and order[j]: the same number's row and column before reordering. */
  readonly fromRow: number;
  readonly fromCol: number;
  /** A[fromRow][fromCol], equal to permuteSquare(A, order)[row][col] exactly. */
  readonly value: number;
}

/**
 * The ingredients of permuteSquare(A, order)[i][j]: which entry of A it is.
 * @param A shape [n, n]
 * @param i row index, 0 … n − 1
 * @param j column index, 0 … n − 1
 */
export function explainPermutedEntry(
  A: Matrix,
  order: readonly number[],
  i: number,
  j: number,
): PermutedEntryExplanation {
  const moved = permuteSquare(A, order);
  checkIndex("explainPermutedEntry", "row index i =", i, order.length);
  checkIndex("explainPermutedEntry", "column index j =", j, order.length);
  return { row: i, col: j, fromRow: order[i]!, fromCol: order[j]!, value: moved[i]![j]! };
}

/**
 * The position a token at `position` moves to under `order` (the inverse of the order): the i with
 * order[i] = position.
 * @param order a permutation of 0 … n − 1
 * @param position 0 … n − 1
 */
export function positionAfter(order: readonly number[], position: number): number {
  checkOrder("positionAfter", order);
  checkIndex("positionAfter", "position", position, order.length);
  return order.indexOf(position);
}
