import { formatNumber, type Matrix, type Vector } from "../math/index.ts";

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** 0 → "first", 1 → "second" …; beyond ten, "number 11". */
export function ordinal(index: number): string {
  return ORDINALS[index] ?? `number ${index + 1}`;
}

/** A vector as text: "(2, 3)". */
export function formatVector(v: Vector): string {
  return `(${v.map((n) => formatNumber(n)).join(", ")})`;
}

/** A matrix as text, row by row: "[[1, 10], [0, −1]]". */
export function formatMatrix(M: Matrix): string {
  return `[${M.map((row) => `[${row.map((n) => formatNumber(n)).join(", ")}]`).join(", ")}]`;
}
