import {
  formatDotExpansion,
  formatNumber,
  formatTerms,
  isRounded,
  type AngleExplanation,
  type NormExplanation,
} from "../math/index.ts";

/** "=" when every number shown is exact, "≈" when any is rounded for display. */
function relation(...shown: number[]): string {
  return shown.some((n) => isRounded(n)) ? "≈" : "=";
}

/** "θ = 45°" or "θ ≈ 171.9°": the angle to one decimal, marked when rounded. */
export function formatAngle(degrees: number): string {
  return `θ ${isRounded(degrees, 1) ? "≈" : "="} ${formatNumber(degrees, 1)}°`;
}

/** "|a| = √(3·3 + 1·1) = √10 ≈ 3.16". */
export function formatNormExpansion(name: string, e: NormExplanation): string {
  return `|${name}| = √(${formatTerms(e.terms)}) = √${formatNumber(e.sum)} ${relation(e.sum, e.norm)} ${formatNumber(e.norm)}`;
}

/** What a·b's sign says about the directions, in one sentence. */
export function describeDirection(e: AngleExplanation): string {
  if (Math.abs(e.cosine) < 1e-12) return "The vectors are perpendicular (θ = 90°): cos θ is 0, so a·b is 0.";
  return e.cosine > 0
    ? `The vectors point within 90° of each other (${formatAngle(e.degrees)}): cos θ is positive, so a·b is positive.`
    : `The vectors point more than 90° apart (${formatAngle(e.degrees)}): cos θ is negative, so a·b is negative.`;
}

/** One result of the dot product example, and how it is shown, spoken and explained. */
export interface Quantity {
  /** Column header in the results row. */
  readonly header: string;
  /** How a screen reader names it. */
  readonly spoken: string;
  readonly value: (e: AngleExplanation) => number;
  /** The result written out with the numbers it is made from. */
  readonly expansion: (e: AngleExplanation) => string;
  /** What it means, for the readout. */
  readonly meaning: (e: AngleExplanation) => string;
  /** Which other results (by index) it is computed from. */
  readonly uses: readonly number[];
}

/** The results row: a·b, |a|, |b|, cos θ and b's signed shadow on a, in this order. */
export const QUANTITIES: readonly Quantity[] = [
  {
    header: "a·b",
    spoken: "a dot b",
    value: (e) => e.dot.sum,
    expansion: (e) => formatDotExpansion("a·b", e.dot),
    meaning: (e) => `Multiply pair by pair and add. ${describeDirection(e)} It equals |a|·|b|·cos θ.`,
    uses: [],
  },
  ...(["a", "b"] as const).map((name) => ({
    header: `|${name}|`,
    spoken: `length of ${name}`,
    value: (e: AngleExplanation) => (name === "a" ? e.normA : e.normB).norm,
    expansion: (e: AngleExplanation) => formatNormExpansion(name, name === "a" ? e.normA : e.normB),
    meaning: () => `The length of ${name} is the square root of ${name}·${name}.`,
    uses: [],
  })),
  {
    header: "cos θ",
    spoken: "cos theta",
    value: (e) => e.cosine,
    expansion: (e) =>
      `cos θ = a·b / (|a|·|b|) ${relation(e.dot.sum, e.normA.norm, e.normB.norm)} ${formatNumber(e.dot.sum)} / (${formatNumber(e.normA.norm)}·${formatNumber(e.normB.norm)}) ` +
      `${relation(e.dot.sum, e.normA.norm, e.normB.norm, e.cosine)} ${formatNumber(e.cosine)}, so ${formatAngle(e.degrees)}`,
    meaning: () => "Dividing by both lengths leaves only the direction: 1 for the same direction, 0 at a right angle, −1 for opposite ones.",
    uses: [0, 1, 2],
  },
  {
    header: "b on a",
    spoken: "b on a, the signed length of b's shadow on a",
    value: (e) => e.projectionLength,
    expansion: (e) =>
      `b on a = a·b / |a| ${relation(e.dot.sum, e.normA.norm)} ${formatNumber(e.dot.sum)} / ${formatNumber(e.normA.norm)} ${relation(e.dot.sum, e.normA.norm, e.projectionLength)} ${formatNumber(e.projectionLength)}`,
    meaning: () => "How far b reaches along a’s direction, |b|·cos θ; negative when b points away. Times |a| it is a·b again.",
    uses: [0, 1],
  },
];
