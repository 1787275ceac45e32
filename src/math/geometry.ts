/**
 * The geometry behind the dot product: lengths, the angle between two vectors and the projection
 * of one onto the other, from a·b = |a|·|b|·cos θ. Nothing mutates its inputs.
 */
import { explainDot, type DotExplanation } from "./explain.ts";
import { formatNumber } from "./format.ts";
import { ShapeError, type Vector } from "./shape.ts";
import { add, dot, norm, scale, subtract } from "./vector.ts";

/** |v| written out: the squares v_i·v_i, their sum v·v and its square root. */
export interface NormExplanation extends DotExplanation {
  /** √(v·v), equal to `norm(v)`. */
  readonly norm: number;
}

/** Everything the dot product of a and b says about their directions. */
export interface AngleExplanation {
  /** a·b term by term; `dot.sum` equals `dot(a, b)`. */
  readonly dot: DotExplanation;
  readonly normA: NormExplanation;
  readonly normB: NormExplanation;
  /** cos θ = a·b / (|a|·|b|), in [−1, 1]. */
  readonly cosine: number;
  /** θ in radians, 0 … π. */
  readonly radians: number;
  /** θ in degrees, 0 … 180. */
  readonly degrees: number;
  /** Signed length of b's shadow on a's line: a·b / |a| (negative when b points away from a). */
  readonly projectionLength: number;
  /** b's shadow on a's line as a vector: (a·b / a·a)·a, shape [n]. */
  readonly projection: Vector;
}

function checkNonZero(op: string, name: string, v: Vector): void {
  if (v.some((x) => x !== 0)) return;
  throw new RangeError(
    `${op}: ${name} = (${v.map((x) => formatNumber(x)).join(", ")}) has length 0, so it has no ` +
      `direction and no angle to another vector; give a vector with at least one non-zero entry.`,
  );
}

function checkSameLength(op: string, a: Vector, b: Vector): void {
  if (a.length === b.length) return;
  throw new ShapeError(
    op,
    [a.length],
    [b.length],
    `cannot compare the directions of a 1×${a.length} vector and a 1×${b.length} vector; both ` +
      `need the same number of entries (${a.length} ≠ ${b.length}).`,
  );
}

/**
 * The ingredients of |v| = √(v·v).
 * @param v shape [n]
 */
export function explainNorm(v: Vector): NormExplanation {
  return { ...explainDot(v, v), norm: norm(v) };
}

/** Throws unless a and b have the same length and neither is the zero vector. */
function checkDirections(op: string, a: Vector, b: Vector): void {
  checkSameLength(op, a, b);
  checkNonZero(op, "a", a);
  checkNonZero(op, "b", b);
}

/** cos θ from a·b and the lengths, clamped to [−1, 1] so rounding never leaves acos's domain. */
function cosineOf(dotAB: number, a: Vector, b: Vector): number {
  return Math.min(1, Math.max(-1, dotAB / (norm(a) * norm(b))));
}

/**
 * θ by Kahan's formula 2·atan2(|â − b̂|, |â + b̂|) on the unit vectors, rather than acos(cos θ),
 * which loses half its digits near 0° and 180°: (3, 1) and (6, 2) give exactly 0°.
 */
function angleOf(a: Vector, b: Vector): number {
  const unitA = scale(a, 1 / norm(a));
  const unitB = scale(b, 1 / norm(b));
  return 2 * Math.atan2(norm(subtract(unitA, unitB)), norm(add(unitA, unitB)));
}

/**
 * cos θ = a·b / (|a|·|b|), in [−1, 1].
 * @param a shape [n], not all zeros
 * @param b shape [n], not all zeros
 * @throws ShapeError when the lengths differ, RangeError for a zero vector
 */
export function cosineSimilarity(a: Vector, b: Vector): number {
  checkDirections("cosineSimilarity", a, b);
  return cosineOf(dot(a, b), a, b);
}

/**
 * The angle θ between a and b, in radians from 0 (same direction) to π (opposite).
 * @param a shape [n], not all zeros
 * @param b shape [n], not all zeros
 * @throws ShapeError when the lengths differ, RangeError for a zero vector
 */
export function angleBetween(a: Vector, b: Vector): number {
  checkDirections("angleBetween", a, b);
  return angleOf(a, b);
}

/** Radians to degrees: π → 180. */
export function radiansToDegrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

/**
 * The projection of b onto the line of `onto`: (onto·b / onto·onto)·onto, the point of that line
 * nearest to b's tip.
 * @param b shape [n]
 * @param onto shape [n], not all zeros
 * @returns shape [n]
 */
export function projectOnto(b: Vector, onto: Vector): Vector {
  checkSameLength("projectOnto", onto, b);
  checkNonZero("projectOnto", "the vector projected onto", onto);
  return scale(onto, dot(onto, b) / dot(onto, onto));
}

/**
 * The signed length of b's projection onto `onto`: onto·b / |onto|. It equals |b|·cos θ.
 * @param b shape [n]
 * @param onto shape [n], not all zeros
 */
export function scalarProjection(b: Vector, onto: Vector): number {
  checkSameLength("scalarProjection", onto, b);
  checkNonZero("scalarProjection", "the vector projected onto", onto);
  return dot(onto, b) / norm(onto);
}

/**
 * a·b together with the lengths, the angle and the projection of b onto a.
 * @param a shape [n], not all zeros
 * @param b shape [n], not all zeros
 * @throws ShapeError when the lengths differ, RangeError for a zero vector
 */
export function explainAngle(a: Vector, b: Vector): AngleExplanation {
  checkDirections("explainAngle", a, b);
  const dotAB = explainDot(a, b);
  const radians = angleOf(a, b);
  return {
    dot: dotAB,
    normA: explainNorm(a),
    normB: explainNorm(b),
    cosine: cosineOf(dotAB.sum, a, b),
    radians,
    degrees: radiansToDegrees(radians),
    projectionLength: dotAB.sum / norm(a),
    projection: scale(a, dotAB.sum / dot(a, a)),
  };
}
