/**
 * Text for the attention map: the readout of one cell, the figure's description and the text
 * alternative. Every number comes from the math module's explain forms.
 */
import {
  approxEqual,
  argmax,
  explainScaledScore,
  explainScore,
  formatDotExpansion,
  formatNumber,
  isRounded,
  subscript,
  type AttentionResult,
  type Matrix,
  type ScaledScoreExplanation,
} from "../math/index.ts";
import { equalsOrApprox, formatWeight } from "./weight-format.ts";

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * The keys a query weighs most: one, or several when their weights tie (equal up to
 * floating-point noise, as when two keys have the same score). Quoted and joined.
 */
export function strongestKeysOf(tokens: readonly string[], row: readonly number[], quote = true): string {
  const best = row[argmax(row)]!;
  const keys = row.flatMap((w, j) => (approxEqual(w, best) ? [quote ? quoted(tokens[j]!) : tokens[j]!] : []));
  return joinWords(keys) + (keys.length > 1 ? ", which tie" : "");
}

/**
 * A weight as a cell's accessible name says it: "≈ 0.69", "= 0.5", or "<0.01" exactly as the cell
 * shows it, so the visible text is always part of the name.
 */
export function weightLabel(w: number): string {
  const shown = formatWeight(w);
  return /^[<>]/.test(shown) ? shown : equalsOrApprox(w);
}

/** “cat”, with typographic quotes. */
export function quoted(token: string): string {
  return `“${token}”`;
}

/** "6 / √4 = 6 / 2 = 3", or with an irrational root "3 / √2 ≈ 3 / 1.41 ≈ 2.12". */
export function formatScaling({ score, keySize, root, scaled }: ScaledScoreExplanation): string {
  const rootRounded = isRounded(root);
  const shown = `${formatNumber(score)} / √${keySize} ${rootRounded ? "≈" : "="} ${formatNumber(score)} / ${formatNumber(root)}`;
  return `${shown} ${rootRounded ? `≈ ${formatNumber(scaled)}` : equalsOrApprox(scaled)}`;
}

/** Everything the map's readout says about weight (i, j). */
export interface MapCellText {
  /** The query's token, quoted: "“sat”". */
  readonly query: string;
  /** The key's token, quoted: "“cat”". */
  readonly key: string;
  /** "“sat” → “cat”". */
  readonly pair: string;
  /** "S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + (−2)·(−1) = 6". */
  readonly score: string;
  /** "6 / √4 = 6 / 2 = 3". */
  readonly scaled: string;
  /** "≈ 0.69". */
  readonly weight: string;
  /** The key with the largest weight in row i, quoted (or the keys that tie for it). */
  readonly strongest: string;
}

/** One head's attention with the queries and keys it scored (a HeadAttention or SingleHeadRun). */
export interface ScoredAttention extends AttentionResult {
  readonly Q: Matrix;
  readonly K: Matrix;
}

/** The readout of map cell (i, j): the score and its scaling written out from Q and K. */
export function describeMapCell(
  tokens: readonly string[],
  attention: ScoredAttention,
  i: number,
  j: number,
): MapCellText {
  const { Q, K } = attention;
  const [si, sj] = [subscript(i), subscript(j)];
  const keySize = Q[0]!.length;
  const [query, key] = [quoted(tokens[i]!), quoted(tokens[j]!)];
  return {
    query,
    key,
    pair: `${query} → ${key}`,
    score: formatDotExpansion(`S${si}${sj} = q${si}·k${sj}`, explainScore(Q, K, i, j)),
    scaled: formatScaling(explainScaledScore(attention.scores, keySize, i, j)),
    weight: weightLabel(attention.weights[i]![j]!),
    strongest: strongestKeysOf(tokens, attention.weights[i]!),
  };
}

/** "The → cat; cat → The; …": each query's strongest key (or tying keys), for a figure's description. */
export function strongestKeys(tokens: readonly string[], weights: Matrix): string {
  return weights.map((row, i) => `${tokens[i]} → ${strongestKeysOf(tokens, row, false)}`).join("; ");
}
