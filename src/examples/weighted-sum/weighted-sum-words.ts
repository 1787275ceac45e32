import { formatFactor, formatNumber, isRounded, subscript, type Matrix, type Vector } from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";

/** "A₁₀·v₀ + A₁₁·v₁ + A₁₂·v₂": output row i as a weighted sum of the value rows, in symbols. */
export function weightedSumSymbols(i: number, keys: number): string {
  return Array.from({ length: keys }, (_, j) => `A${subscript(i)}${subscript(j)}·v${subscript(j)}`).join(" + ");
}

/**
 * "0.5·(4, 1) + 0.25·(2, 0) = (2.5, 0.5)": the weights of one query times the value rows, and
 * the output row they make (as computed elsewhere; nothing is added up here). The last sign is
 * "≈" when any number shown is rounded.
 * @param weights one query's weights, shape [t]
 * @param V the value rows, shape [t, d_v]
 * @param output that query's output row, shape [d_v]
 */
export function formatWeightedRows(weights: Vector, V: Matrix, output: Vector): string {
  const shown = [...weights, ...V.flat(), ...output];
  const relation = shown.some((n) => isRounded(n)) ? "≈" : "=";
  const terms = weights.map((w, j) => `${formatFactor(w)}·${formatVector(V[j] ?? [])}`).join(" + ");
  return `${terms} ${relation} ${formatVector(output)}`;
}

/** "0.5 of “the”, 0.25 of “cat”": how much of each value row one query takes. */
export function describeMix(weights: Vector, tokens?: readonly string[]): string {
  return weights
    .map((w, j) => `${formatNumber(w)} of ${tokens?.[j] ? `“${tokens[j]}”` : `v${subscript(j)}`}`)
    .join(", ");
}
