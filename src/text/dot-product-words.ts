import {
  explainAngle,
  explainDot,
  explainNorm,
  formatDotExpansion,
  formatNumber,
  formatTerms,
  isRounded,
  norm,
  projectOnto,
  scalarProjection,
  type AngleExplanation,
  type DotExplanation,
  type NormExplanation,
  type Vector,
} from "../math/index.ts";

/**
 * What the dot product example shows for a and b. It is explainAngle's result when both vectors
 * have a length; a zero vector has no direction, so then the angle (cosine, radians, degrees) is
 * null, and so is b's shadow when a is the zero vector (there is no line of a to fall on).
 */
export interface DotReading {
  readonly dot: DotExplanation;
  readonly normA: NormExplanation;
  readonly normB: NormExplanation;
  readonly cosine: number | null;
  readonly radians: number | null;
  readonly degrees: number | null;
  readonly projectionLength: number | null;
  readonly projection: Vector | null;
}

/** True when `e` has an angle and a shadow: every number of explainAngle. */
export function hasAngle(e: DotReading): e is AngleExplanation {
  return (
    e.cosine !== null &&
    e.radians !== null &&
    e.degrees !== null &&
    e.projectionLength !== null &&
    e.projection !== null
  );
}

/**
 * Everything the example shows for a and b (same length): explainAngle(a, b) when neither has
 * length 0, else a·b and the lengths with the angle left undefined. Never throws for equal lengths.
 */
export function readDotProduct(a: Vector, b: Vector): DotReading {
  const lengthA = norm(a);
  const lengthB = norm(b);
  if (lengthA > 0 && lengthB > 0) return explainAngle(a, b);
  const shadow = lengthA > 0;
  return {
    dot: explainDot(a, b),
    normA: explainNorm(a),
    normB: explainNorm(b),
    cosine: null,
    radians: null,
    degrees: null,
    projectionLength: shadow ? scalarProjection(b, a) : null,
    projection: shadow ? projectOnto(b, a) : null,
  };
}

/** Which of a and b has length 0, as a phrase: "a", "b" or "both a and b"; null for neither. */
export function zeroVectors(e: DotReading): string | null {
  const zeroA = e.normA.norm === 0;
  const zeroB = e.normB.norm === 0;
  if (zeroA && zeroB) return "both a and b";
  return zeroA ? "a" : zeroB ? "b" : null;
}

/** Why the angle is undefined, for a reading with a zero vector. */
function noAngle(e: DotReading): string {
  const zero = zeroVectors(e) ?? "a";
  return `${zero === "both a and b" ? "a and b both have" : `${zero} has`} length 0, so ${zero === "both a and b" ? "neither has" : "it has no"} direction and the angle θ is undefined`;
}

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
export function describeDirection(e: DotReading): string {
  if (!hasAngle(e)) return `Here ${noAngle(e)}; a·b is 0.`;
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
  /** Its value, or null when it is undefined (an angle with a zero vector). */
  readonly value: (e: DotReading) => number | null;
  /** The result written out with the numbers it is made from. */
  readonly expansion: (e: DotReading) => string;
  /** What it means, for the readout. */
  readonly meaning: (e: DotReading) => string;
  /** Its name in a link's `inspect` parameter, e.g. "cos". */
  readonly slug: string;
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
    meaning: (e) =>
      `Multiply pair by pair and add. ${describeDirection(e)}${hasAngle(e) ? " It equals |a|·|b|·cos θ." : ""}`,
    uses: [],
    slug: "dot",
  },
  ...(["a", "b"] as const).map((name) => ({
    header: `|${name}|`,
    spoken: `length of ${name}`,
    value: (e: DotReading) => (name === "a" ? e.normA : e.normB).norm,
    expansion: (e: DotReading) => formatNormExpansion(name, name === "a" ? e.normA : e.normB),
    meaning: () => `The length of ${name} is the square root of ${name}·${name}.`,
    uses: [],
    slug: `length-${name}`,
  })),
  {
    header: "cos θ",
    spoken: "cos theta",
    value: (e) => e.cosine,
    expansion: (e) =>
      !hasAngle(e)
        ? `cos θ = a·b / (|a|·|b|) = ${formatNumber(e.dot.sum)} / (${formatNumber(e.normA.norm)}·${formatNumber(e.normB.norm)}): undefined`
        : `cos θ = a·b / (|a|·|b|) ${relation(e.dot.sum, e.normA.norm, e.normB.norm)} ${formatNumber(e.dot.sum)} / (${formatNumber(e.normA.norm)}·${formatNumber(e.normB.norm)}) ` +
          `${relation(e.dot.sum, e.normA.norm, e.normB.norm, e.cosine)} ${formatNumber(e.cosine)}, so ${formatAngle(e.degrees)}`,
    meaning: (e) =>
      hasAngle(e)
        ? "Dividing by both lengths leaves only the direction: 1 for the same direction, 0 at a right angle, −1 for opposite ones."
        : `Here ${noAngle(e)}: dividing by a length of 0 is not possible.`,
    uses: [0, 1, 2],
    slug: "cos",
  },
  {
    header: "b on a",
    spoken: "b on a, the signed length of b's shadow on a",
    value: (e) => e.projectionLength,
    expansion: (e) =>
      e.projectionLength === null
        ? `b on a = a·b / |a| = ${formatNumber(e.dot.sum)} / 0: undefined`
        : `b on a = a·b / |a| ${relation(e.dot.sum, e.normA.norm)} ${formatNumber(e.dot.sum)} / ${formatNumber(e.normA.norm)} ${relation(e.dot.sum, e.normA.norm, e.projectionLength)} ${formatNumber(e.projectionLength)}`,
    meaning: (e) =>
      e.projectionLength === null
        ? "Here a has length 0: it has no direction for b to reach along, so b’s shadow on a is undefined."
        : "How far b reaches along a’s direction, |b|·cos θ; negative when b points away. Times |a| it is a·b again.",
    uses: [0, 1],
    slug: "shadow",
  },
];
