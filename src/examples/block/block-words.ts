/**
 * The residual-stream example's arithmetic as text: what attention writes into one entry
 * (a row of the heads side by side times a column of the output weights) and how one entry of
 * the block's output is built up along the stream. Every number comes from src/math.
 */
import {
  formatFactor,
  formatNumber,
  formatTerms,
  isRounded,
  subscript,
  type BlockEntryExplanation,
  type MatmulEntryExplanation,
} from "../../math/index.ts";

const rel = (...shown: number[]) => (shown.some((n) => isRounded(n)) ? "≈" : "=");
const at = (i: number, j: number) => `${subscript(i)},${subscript(j)}`;

/** "attn₁,₂ = 1.2·0 + 0.5·1 + … ≈ 0.5": what attention writes for token i, component j. */
export function attentionWriteText(e: MatmulEntryExplanation, i: number, j: number): string {
  const shown = e.terms.flatMap((t) => [t.left, t.right]);
  return `attn${at(i, j)} = ${formatTerms(e.terms)} ${rel(...shown, e.sum)} ${formatNumber(e.sum)}`;
}

/** "out₁,₂ = x₁,₂ + attn₁,₂ + mlp₁,₂ = 1 + 0.5 + (−0.2) ≈ 1.3": the stream's entry built up by two additions. */
export function streamEntryText(e: BlockEntryExplanation): string {
  const shown = [e.input, e.attention, e.mlp, e.output];
  return (
    `out${at(e.row, e.col)} = x${at(e.row, e.col)} + attn${at(e.row, e.col)} + mlp${at(e.row, e.col)} ` +
    `${rel(...shown)} ${formatNumber(e.input)} + ${formatFactor(e.attention)} + ${formatFactor(e.mlp)} ` +
    `${rel(...shown)} ${formatNumber(e.output)}`
  );
}

/** "mid₁,₂ = 1 + 0.5 ≈ 1.5" for the same entry: the stream after attention, before the MLP. */
export function midEntryText(e: BlockEntryExplanation): string {
  const shown = [e.input, e.attention, e.afterAttention];
  return `mid${at(e.row, e.col)} = ${formatNumber(e.input)} + ${formatFactor(e.attention)} ${rel(...shown)} ${formatNumber(e.afterAttention)}`;
}
