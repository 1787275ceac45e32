/**
 * The cross-attention example's arithmetic as text: one score (a target query against a source
 * key, then scaled) and one output entry (the weights times a column of V). Every number comes
 * from the explain forms in src/math.
 */
import { formatNumber, formatTerms, isRounded, subscript, type MatmulEntryExplanation } from "../../math/index.ts";

const rel = (...shown: number[]) => (shown.some((n) => isRounded(n)) ? "≈" : "=");
const at = (i: number, j: number) => `${subscript(i)},${subscript(j)}`;

/** "S₁,₂ = q₁·k₂ = 0·(−2) + 2·(−2) = −4; scaled −4 / √2 ≈ −2.83". */
export function crossScoreText(e: MatmulEntryExplanation, i: number, j: number, dk: number): string {
  const shown = e.terms.flatMap((t) => [t.left, t.right]);
  const scaled = e.sum / Math.sqrt(dk);
  return (
    `S${at(i, j)} = q${subscript(i)}·k${subscript(j)} = ${formatTerms(e.terms)} ${rel(...shown, e.sum)} ${formatNumber(e.sum)}; ` +
    `scaled: ${formatNumber(e.sum)} / √${dk} ${rel(scaled)} ${formatNumber(scaled)}`
  );
}

/** "O₀,₁ = 0.9·0 + 0.1·1 + 0·1 ≈ 0.1": the target row's weights over the source times column c of V. */
export function crossOutputText(e: MatmulEntryExplanation, i: number, c: number): string {
  const shown = e.terms.flatMap((t) => [t.left, t.right]);
  return `O${at(i, c)} = ${formatTerms(e.terms)} ${rel(...shown, e.sum)} ${formatNumber(e.sum)}`;
}
