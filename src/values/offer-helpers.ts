/**
 * Building blocks of the examples' value offers (each folder's *.values.ts): entries of vectors
 * and matrices under the names the examples show (y1, S21), formatted as the examples format them.
 */
import { formatNumber, type Matrix, type Vector } from "../math/index.ts";
import { formatVector } from "../text/words.ts";

/** `{ y0: "2", y1: "17" }` for name "y" and y = (2, 17). */
export function vectorEntries(
  name: string,
  v: Vector,
  format = (n: number) => formatNumber(n),
): Record<string, string> {
  return Object.fromEntries(v.map((n, j) => [`${name}${j}`, format(n)]));
}

/** `{ S00: "1", S01: "2", … }`: entry (i, j) of M as `<name><i><j>` (sizes stay below 10). */
export function matrixEntries(
  name: string,
  M: Matrix,
  format = (n: number) => formatNumber(n),
): Record<string, string> {
  return Object.fromEntries(M.flatMap((row, i) => row.map((n, j) => [`${name}${i}${j}`, format(n)] as const)));
}

/** `{ "W.col0": "(1, 0)", … }`: every column of M as a vector. */
export function columnEntries(name: string, M: Matrix): Record<string, string> {
  return Object.fromEntries((M[0] ?? []).map((_, j) => [`${name}.col${j}`, formatVector(M.map((row) => row[j]!))]));
}

/** `{ "Q.row0": "(1, 0)", … }`: every row of M as a vector. */
export function rowEntries(name: string, M: Matrix): Record<string, string> {
  return Object.fromEntries(M.map((row, i) => [`${name}.row${i}`, formatVector(row)]));
}

/** `{ token0: "“the”", … }`: every word, in the curly quotes the examples use. */
export function wordEntries(name: string, words: readonly string[]): Record<string, string> {
  return Object.fromEntries(words.map((word, i) => [`${name}${i}`, `“${word}”`]));
}

/** A weight as a percentage, "79 %" (the site's spacing), rounded to a whole percent. */
export function percent(weight: number): string {
  return `${formatNumber(weight * 100, 0)} %`;
}
