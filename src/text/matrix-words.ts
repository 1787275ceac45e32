import { speakNumber, subscript } from "../math/index.ts";

/** ` (“cat”)` when there is a label for `index`, else "". */
export function labelSuffix(labels: readonly string[] | undefined, index: number): string {
  const label = labels?.[index];
  return label === undefined ? "" : ` (“${label}”)`;
}

/** "row 1 of X (“cat”)". */
export function rowOf(name: string, i: number, labels?: readonly string[]): string {
  return `row ${i} of ${name}${labelSuffix(labels, i)}`;
}

/** "column 2 of Kᵀ (“sat”)". */
export function columnOf(name: string, j: number, labels?: readonly string[]): string {
  return `column ${j} of ${name}${labelSuffix(labels, j)}`;
}

/** The symbol of entry (i, j): "Y₁₀". Sizes stay below 10, so the two subscripts never run together. */
export function entrySymbol(name: string, i: number, j: number): string {
  return `${name}${subscript(i)}${subscript(j)}`;
}

/** A cell's accessible name: "X row 1 (“cat”), column 0: minus 2". */
export function cellName(
  name: string,
  i: number,
  j: number,
  value: number,
  rowLabels?: readonly string[],
  colLabels?: readonly string[],
): string {
  return `${name} row ${i}${labelSuffix(rowLabels, i)}, column ${j}${labelSuffix(colLabels, j)}: ${speakNumber(value)}`;
}
