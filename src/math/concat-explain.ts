/**
 * The explain form of concatenating heads: which head, and which of its columns, an entry of the
 * concatenation comes from.
 */
import { concatHeads } from "./heads.ts";
import { checkIndex, shapeOf, type Matrix } from "./shape.ts";

/** Where concat[i][c] comes from. */
export interface ConcatEntryExplanation {
  readonly row: number;
  /** The column c of the concatenation. */
  readonly col: number;
  /** The head whose output holds the entry, counted from 0. */
  readonly head: number;
  /** The column of that head's output. */
  readonly headColumn: number;
  /** concat[i][c], equal to heads[head][i][headColumn]. */
  readonly value: number;
}

/**
 * Finds concatHeads(heads)[i][c] in the head it was copied from.
 * @param heads each of shape [n, d_h], the same n
 * @param i row index in 0 … n − 1
 * @param c column index in 0 … Σ d_h − 1
 * @throws ShapeError when the heads' row counts differ, RangeError when i or c is out of range
 */
export function explainConcatEntry(heads: readonly Matrix[], i: number, c: number): ConcatEntryExplanation {
  const concat = concatHeads(heads);
  const [n, width] = shapeOf(concat);
  checkIndex("explainConcatEntry", "row index i =", i, n);
  checkIndex("explainConcatEntry", "column index c =", c, width);
  let headColumn = c;
  let head = 0;
  while (headColumn >= shapeOf(heads[head]!)[1]) {
    headColumn -= shapeOf(heads[head]!)[1];
    head++;
  }
  return { row: i, col: c, head, headColumn, value: concat[i]![c]! };
}
