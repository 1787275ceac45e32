/**
 * Rotary position embedding, RoPE (Su et al. 2021, RoFormer), in the paper's convention: the
 * components of a d-vector form pairs (2i, 2i+1), pair i has frequency θ_i = base^(−2i/d), and
 * at position m pair i is turned by the angle m·θ_i. Queries and keys are rotated, values never.
 * Because turning q by mθ and k by nθ leaves their dot product depending on (m − n)θ only, a
 * score sees how far apart two tokens are, not where they are.
 */
import { explainDot, explainProjection, type DotExplanation, type ProjectionExplanation } from "./explain.ts";
import { projectRow } from "./matrix.ts";
import { encodingFrequency } from "./positions.ts";
import {
  BASE_LIMITS,
  checkBase,
  checkEvenDimension,
  checkPosition,
  DEFAULT_POSITION_BASE,
  POSITION_LIMITS,
  ROPE_PAIRS_REASON,
} from "./position-checks.ts";
import { checkIndex, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { dot } from "./vector.ts";

/** What RoPE accepts, for UI fields: whole positions min…max, a base in (0, maxBase]. */
export const ROPE_LIMITS = {
  minPosition: POSITION_LIMITS.min,
  maxPosition: POSITION_LIMITS.max,
  maxBase: BASE_LIMITS.max,
  defaultBase: DEFAULT_POSITION_BASE,
} as const;

/** How one pair is turned by one angle. */
export interface PairRotationExplanation {
  readonly angle: number;
  readonly cos: number;
  readonly sin: number;
  /** rotationMatrix2(angle), shape [2, 2]. */
  readonly matrix: Matrix;
  /** x' = x·cos + y·(−sin): the pair against column 0 of the matrix. */
  readonly first: ProjectionExplanation;
  /** y' = x·sin + y·cos: the pair against column 1 of the matrix. */
  readonly second: ProjectionExplanation;
  /** (x', y'), equal to rotatePair(pair, angle) exactly. */
  readonly output: Vector;
}

/** How entry j of ropeRotate(v, m, base) is computed. */
export interface RopeEntryExplanation extends ProjectionExplanation {
  readonly position: number;
  /** The pair i = ⌊j / 2⌋. */
  readonly pair: number;
  /** θ_i = base^(−2i/d). */
  readonly theta: number;
  /** m·θ_i in radians. */
  readonly angle: number;
  readonly cos: number;
  readonly sin: number;
  /** (v_2i, v_2i+1), the pair before turning. */
  readonly pairInput: Vector;
  /** "first" for an even j (x' = x cos − y sin), "second" for an odd j (y' = x sin + y cos). */
  readonly component: "first" | "second";
}

/** q_m·k_n with both vectors rotated, and why it depends on m − n only. */
export interface RopeScoreExplanation extends DotExplanation {
  readonly m: number;
  readonly n: number;
  /** m − n, the only thing about the positions the score sees. */
  readonly offset: number;
  /** ropeRotate(q, m, base), shape [d]. */
  readonly qRotated: Vector;
  /** ropeRotate(k, n, base), shape [d]. */
  readonly kRotated: Vector;
  /** (m − n)·θ_i for each pair i, shape [d/2]: the angle between the two turns. */
  readonly relativeAngles: Vector;
}

/**
 * θ_i = base^(−2i/d), the angle pair i turns per position.
 * @param i pair index, 0 … d/2 − 1
 * @param d even, ≥ 2
 * @throws OddDimensionError for an odd d
 */
export function ropeTheta(i: number, d: number, base = DEFAULT_POSITION_BASE): number {
  checkEvenDimension("ropeTheta", d, ROPE_PAIRS_REASON);
  checkIndex("ropeTheta", "pair index i =", i, d / 2);
  checkBase("ropeTheta", base);
  return encodingFrequency(i, d, base);
}

/**
 * The 2×2 rotation by `angle` (anticlockwise) for ROW vectors: [x', y'] = [x, y]·R with
 * R = [[cos, sin], [−sin, cos]], so x' = x·cos − y·sin and y' = x·sin + y·cos. This is the
 * transpose of the column-vector matrix printed in Su et al.; the turn is the same.
 * @param angle radians, finite
 * @returns shape [2, 2]
 */
export function rotationMatrix2(angle: number): Matrix {
  if (!Number.isFinite(angle)) {
    throw new RangeError(`rotationMatrix2: the angle must be a finite number of radians; received ${angle}.`);
  }
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [
    [c, s],
    [-s, c],
  ];
}

function checkPair(op: string, pair: Vector): void {
  if (pair.length === 2) return;
  throw new ShapeError(
    op,
    [pair.length],
    [2],
    `cannot rotate a 1×${pair.length} vector as a pair; a pair is a 1×2 vector, two neighbouring entries of a query or key.`,
  );
}

/**
 * Turn a pair (two neighbouring entries of a query or key) by `angle`: the pair as a row, times rotationMatrix2(angle).
 * @param pair shape [2]
 * @returns shape [2], the same length as `pair`
 */
export function rotatePair(pair: Vector, angle: number): Vector {
  checkPair("rotatePair", pair);
  return projectRow(pair, rotationMatrix2(angle));
}

/**
 * The ingredients of rotatePair(pair, angle): cos, sin and each output as its two terms.
 * @param pair shape [2]
 */
export function explainRotatePair(pair: Vector, angle: number): PairRotationExplanation {
  checkPair("explainRotatePair", pair);
  const matrix = rotationMatrix2(angle);
  const first = explainProjection(pair, matrix, 0);
  const second = explainProjection(pair, matrix, 1);
  return {
    angle,
    cos: matrix[0]![0]!,
    sin: matrix[0]![1]!,
    matrix,
    first,
    second,
    output: [first.sum, second.sum],
  };
}

function checkRope(op: string, d: number, m: number, base: number): void {
  checkEvenDimension(op, d, ROPE_PAIRS_REASON);
  checkPosition(op, "the position m", m);
  checkBase(op, base);
}

/**
 * RoPE at position m: pair i of v turned by m·θ_i.
 * @param v shape [d], d even
 * @param m whole number in ROPE_LIMITS
 * @returns shape [d], as long as v
 * @throws OddDimensionError for an odd d, RangeError for a bad position or base
 */
export function ropeRotate(v: Vector, m: number, base = DEFAULT_POSITION_BASE): Vector {
  checkRope("ropeRotate", v.length, m, base);
  return Array.from({ length: v.length / 2 }, (_, i) =>
    rotatePair([v[2 * i]!, v[2 * i + 1]!], m * ropeTheta(i, v.length, base)),
  ).flat();
}

/**
 * Rotate row r of M at positions[r].
 * @param M shape [n, d], d even
 * @param positions n whole numbers
 * @returns shape [n, d]
 * @throws ShapeError when there is not one position per row
 */
export function ropeRotateRows(M: Matrix, positions: readonly number[], base = DEFAULT_POSITION_BASE): Matrix {
  const [n, d] = shapeOf(M);
  if (positions.length !== n) {
    throw new ShapeError(
      "ropeRotateRows",
      [n, d],
      [positions.length],
      `cannot rotate the ${n} rows of a ${n}×${d} matrix with ${positions.length} positions; ` +
        `each row needs its own position.`,
    );
  }
  return M.map((r, i) => ropeRotate(r, positions[i]!, base));
}

/**
 * The ingredients of ropeRotate(v, m, base)[j].
 * @param v shape [d], d even
 * @param j component index, 0 … d − 1
 */
export function explainRopeEntry(v: Vector, m: number, j: number, base = DEFAULT_POSITION_BASE): RopeEntryExplanation {
  checkRope("explainRopeEntry", v.length, m, base);
  checkIndex("explainRopeEntry", "component index j =", j, v.length);
  const pair = Math.floor(j / 2);
  const theta = ropeTheta(pair, v.length, base);
  const pairInput = [v[2 * pair]!, v[2 * pair + 1]!];
  const turned = explainRotatePair(pairInput, m * theta);
  const component = j % 2 === 0 ? "first" : "second";
  return {
    ...turned[component],
    position: m,
    pair,
    theta,
    angle: turned.angle,
    cos: turned.cos,
    sin: turned.sin,
    pairInput,
    component,
  };
}

/**
 * The ingredients of ropeScore(q, k, m, n, base): both rotated vectors and the dot terms.
 * @param q shape [d], d even
 * @param k shape [d]
 */
export function explainRopeScore(
  q: Vector,
  k: Vector,
  m: number,
  n: number,
  base = DEFAULT_POSITION_BASE,
): RopeScoreExplanation {
  const qRotated = ropeRotate(q, m, base);
  const kRotated = ropeRotate(k, n, base);
  const relativeAngles = Array.from({ length: q.length / 2 }, (_, i) => (m - n) * ropeTheta(i, q.length, base));
  return { ...explainDot(qRotated, kRotated), m, n, offset: m - n, qRotated, kRotated, relativeAngles };
}

/**
 * The raw score (before dividing by √d_k) of a query at position m against a key at position n:
 * ropeRotate(q, m)·ropeRotate(k, n). Shifting m and n by the same amount leaves it unchanged.
 * @param q shape [d], d even
 * @param k shape [d]
 * @throws ShapeError when q and k differ in length
 */
export function ropeScore(q: Vector, k: Vector, m: number, n: number, base = DEFAULT_POSITION_BASE): number {
  return dot(ropeRotate(q, m, base), ropeRotate(k, n, base));
}

/**
 * The 2×2 rotation for ROW vectors from its cosine and sine (as rotationMatrix2 with cos α and
 * sin α given, e.g. 0.6 and 0.8 for a turn a learner can do by hand): [[c, s], [−s, c]].
 * @throws RangeError unless c² + s² = 1 (within 1e-9): otherwise it would stretch, not turn
 */
export function rotationFromCosSin(c: number, s: number): Matrix {
  if (!Number.isFinite(c) || !Number.isFinite(s) || Math.abs(c * c + s * s - 1) > 1e-9) {
    throw new RangeError(
      `rotationFromCosSin: a turn needs cos² + sin² = 1; received cos = ${c} and sin = ${s}, whose squares add up to ${c * c + s * s}.`,
    );
  }
  return [
    [c, s],
    [-s, c],
  ];
}
