import { subscript } from "../math/index.ts";

/** Row headers of a score or weight matrix: the tokens when given, else q₀, q₁, … */
export function queryLabels(count: number, tokens?: readonly string[]): readonly string[] {
  return tokens ?? Array.from({ length: count }, (_, i) => `q${subscript(i)}`);
}

/** Column headers: the tokens when given, else k₀, k₁, … */
export function keyLabels(count: number, tokens?: readonly string[]): readonly string[] {
  return tokens ?? Array.from({ length: count }, (_, j) => `k${subscript(j)}`);
}

/** A query or key in a sentence: `query 1 ("cat")` with tokens, `query 1` without. */
export function nameInText(kind: "query" | "key", index: number, tokens?: readonly string[]): string {
  const token = tokens?.[index];
  return token === undefined ? `${kind} ${index}` : `${kind} ${index} (“${token}”)`;
}

/** "0", "0 and 2", "0, 1 and 2": indices joined for a sentence. */
export function joinIndices(indices: readonly number[]): string {
  if (indices.length <= 1) return indices.join("");
  return `${indices.slice(0, -1).join(", ")} and ${indices.at(-1)}`;
}
