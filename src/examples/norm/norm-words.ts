/**
 * The steps of layer norm and RMSNorm written out for the norm example, its readout and its text
 * version: every number from the explain forms in src/math/norm.ts, "≈" wherever a shown number
 * is rounded, negative numbers in parentheses where they are squared or multiplied.
 */
import {
  formatFactor,
  formatNumber,
  isRounded,
  subscript,
  type LayerNormSteps,
  type NormEntryExplanation,
  type RmsNormSteps,
  type Vector,
} from "../../math/index.ts";

/** Which norm: layer norm or RMSNorm. */
export type NormName = "layer" | "rms";

/** The name of the norm's output, as the page's formulas write it. */
export const NORM_OUTPUT: Readonly<Record<NormName, string>> = { layer: "LayerNorm(x)", rms: "RMSNorm(x)" };

/** The norm as prose names it. */
export const NORM_TITLE: Readonly<Record<NormName, string>> = { layer: "Layer norm", rms: "RMSNorm" };

/** Places for ε: enough for the smallest number an example takes (0.000001). */
const EPSILON_DECIMALS = 6;

/** ε as the page writes it: 0.00001, never 1e-5 or a rounded 0. */
export function formatEpsilon(epsilon: number): string {
  return formatNumber(epsilon, EPSILON_DECIMALS);
}

const rel = (...shown: number[]) => (shown.some((n) => isRounded(n)) ? "≈" : "=");
const list = (v: Vector) => `(${v.map((n) => formatNumber(n)).join(", ")})`;
const sumOf = (v: Vector) => v.map((n) => formatFactor(n)).join(" + ");
const squaresOf = (v: Vector) => v.map((n) => `${formatFactor(n)}²`).join(" + ");

/** The steps of layer norm on one row, one line each. */
export interface LayerNormText {
  /** "μ = (8 + 2 + 2 + 0) / 4 = 12 / 4 = 3". */
  readonly mean: string;
  /** "x − μ = (5, −1, −1, −3)". */
  readonly deviations: string;
  /** "σ² = (5² + (−1)² + (−1)² + (−3)²) / 4 = 36 / 4 = 9". */
  readonly variance: string;
  /** "√(σ² + ε) = √(9 + 0.00001) ≈ 3". */
  readonly denominator: string;
}

/** Layer norm's steps as text. */
export function layerNormText(s: LayerNormSteps): LayerNormText {
  const d = s.input.length;
  const total = s.input.reduce((a, b) => a + b, 0);
  return {
    mean: `μ = (${sumOf(s.input)}) / ${d} ${rel(total)} ${formatNumber(total)} / ${d} ${rel(total, s.mean)} ${formatNumber(s.mean)}`,
    deviations: `x − μ ${rel(...s.deviations)} ${list(s.deviations)}`,
    variance: `σ² ${rel(...s.deviations)} (${squaresOf(s.deviations)}) / ${d} ${rel(s.squares.sum)} ${formatNumber(s.squares.sum)} / ${d} ${rel(s.squares.sum, s.variance)} ${formatNumber(s.variance)}`,
    denominator: `√(σ² + ε) ${rel(s.variance)} √(${formatNumber(s.variance)} + ${formatEpsilon(s.epsilon)}) ${rel(s.denominator)} ${formatNumber(s.denominator)}`,
  };
}

/** The steps of RMSNorm on one row, one line each. */
export interface RmsNormText {
  /** "mean square = (8² + 2² + 2² + 0²) / 4 = 72 / 4 = 18". */
  readonly meanSquare: string;
  /** "√(mean square + ε) = √(18 + 0.00001) ≈ 4.24". */
  readonly denominator: string;
}

/** RMSNorm's steps as text. */
export function rmsNormText(s: RmsNormSteps): RmsNormText {
  const d = s.input.length;
  return {
    meanSquare: `mean square = (${squaresOf(s.input)}) / ${d} ${rel(s.squares.sum)} ${formatNumber(s.squares.sum)} / ${d} ${rel(s.squares.sum, s.meanSquare)} ${formatNumber(s.meanSquare)}`,
    denominator: `√(mean square + ε) ${rel(s.meanSquare)} √(${formatNumber(s.meanSquare)} + ${formatEpsilon(s.epsilon)}) ${rel(s.denominator)} ${formatNumber(s.denominator)}`,
  };
}

/** The name of output entry j: "LayerNorm(x)₂". */
export function outputName(norm: NormName, j: number): string {
  return `${NORM_OUTPUT[norm]}${subscript(j)}`;
}

/**
 * One output entry written out, first with its symbols, then with the row's numbers:
 * "LayerNorm(x)₂ = γ₂·(x₂ − μ) / √(σ² + ε) + β₂ ≈ 2·(2 − 3) / 3 + 0 ≈ 2·(−0.33) + 0 ≈ −0.67" or
 * "RMSNorm(x)₂ = γ₂·x₂ / √(mean square + ε) ≈ 2·2 / 4.24 ≈ 2·0.47 ≈ 0.94".
 */
export function normEntryText(norm: NormName, e: NormEntryExplanation): string {
  const j = subscript(e.index);
  const name = outputName(norm, e.index);
  const gain = formatFactor(e.gain);
  const denominator = formatNumber(e.denominator);
  const normalised = formatFactor(e.normalised);
  const result = `${rel(e.output)} ${formatNumber(e.output)}`;
  if (norm === "layer") {
    const bias = formatFactor(e.bias);
    const symbols = `γ${j}·(x${j} − μ) / √(σ² + ε) + β${j}`;
    const numbers = `${gain}·(${formatNumber(e.input)} − ${formatFactor(e.mean)}) / ${denominator} + ${bias}`;
    const scaled = `${gain}·${normalised} + ${bias}`;
    return `${name} = ${symbols} ${rel(e.gain, e.input, e.mean, e.denominator, e.bias)} ${numbers} ${rel(e.gain, e.normalised, e.bias)} ${scaled} ${result}`;
  }
  const symbols = `γ${j}·x${j} / √(mean square + ε)`;
  const numbers = `${gain}·${formatFactor(e.input)} / ${denominator}`;
  return `${name} = ${symbols} ${rel(e.gain, e.input, e.denominator)} ${numbers} ${rel(e.gain, e.normalised)} ${gain}·${normalised} ${result}`;
}

/** What entry j is made of, in words, for the readout under the expansion. */
export function normEntryWords(norm: NormName, e: NormEntryExplanation): string {
  const j = e.index;
  return norm === "layer"
    ? `Subtract the row’s mean from x${subscript(j)}, divide by √(σ² + ε), then multiply by the gain γ${subscript(j)} and add the bias β${subscript(j)}.`
    : `Divide x${subscript(j)} by the row’s root mean square √(mean square + ε); nothing is subtracted first. Then multiply by the gain γ${subscript(j)}; RMSNorm has no bias.`;
}
