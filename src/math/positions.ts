/**
 * Sinusoidal position encodings (Vaswani et al. 2017, §3.5): position pos gets the row
 * PE(pos, 2i) = sin(pos·ω_i), PE(pos, 2i+1) = cos(pos·ω_i), with ω_i = 1 / base^(2i/d_model).
 * Pair i is one wave; its frequency falls from 1 (i = 0) towards 1/base. The row is added to the
 * token's embedding, which is what tells attention (blind to order on its own) where a token is.
 */
import { shapeOf, checkIndex, checkSize, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { add } from "./vector.ts";
import { explainDot, type DotExplanation } from "./explain.ts";
import { sum } from "./statistics.ts";
import {
  checkBase,
  checkEvenDimension,
  checkPosition,
  DEFAULT_POSITION_BASE,
  POSITION_LIMITS,
} from "./position-checks.ts";

/** How PE(pos, j) is computed. */
export interface EncodingEntryExplanation {
  readonly position: number;
  /** The component j, 0 … d_model − 1. */
  readonly index: number;
  /** The pair i = ⌊j / 2⌋: components 2i and 2i+1 share a frequency. */
  readonly pair: number;
  /** The exponent 2i / d_model. */
  readonly exponent: number;
  /** ω_i = 1 / base^(2i/d_model), radians per position. */
  readonly frequency: number;
  /** 2π / ω_i: how many positions one full turn of this pair takes. */
  readonly wavelength: number;
  /** pos·ω_i in radians. */
  readonly angle: number;
  /** sin for an even j, cos for an odd j. */
  readonly fn: "sin" | "cos";
  /** fn(angle), equal to sinusoidalEncoding(pos, d_model, base)[j] exactly. */
  readonly value: number;
}

/** One pair's share of PE(p)·PE(p+k): sin·sin + cos·cos = cos(k·ω_i). */
export interface DistanceTerm {
  readonly pair: number;
  readonly frequency: number;
  /** k·ω_i. */
  readonly angle: number;
  /** cos(k·ω_i). */
  readonly cos: number;
}

/** PE(p)·PE(p+k) written as a sum over pairs, with no p in it. */
export interface DistanceDotExplanation {
  readonly distance: number;
  readonly terms: readonly DistanceTerm[];
  /** Σ cos(k·ω_i), equal to encodingDotByDistance(k, d_model, base) exactly. */
  readonly sum: number;
}

/**
 * ω_i = base^(−2i/d): the frequency of pair i (the same number RoPE calls θ_i).
 * @param i pair index, 0 … ⌈d/2⌉ − 1
 * @param d the vector size, ≥ 1
 */
export function encodingFrequency(i: number, d: number, base = DEFAULT_POSITION_BASE): number {
  checkSize("encodingFrequency", "the size d", d, 1);
  checkIndex("encodingFrequency", "pair index i =", i, Math.ceil(d / 2));
  checkBase("encodingFrequency", base);
  return base ** ((-2 * i) / d);
}

/**
 * The ingredients of PE(pos, j).
 * @param pos whole number in POSITION_LIMITS
 * @param j component index, 0 … d_model − 1
 * @param dModel ≥ 1 (an odd size leaves the last sine without its cosine)
 */
export function explainEncodingEntry(
  pos: number,
  j: number,
  dModel: number,
  base = DEFAULT_POSITION_BASE,
): EncodingEntryExplanation {
  checkPosition("explainEncodingEntry", "the position", pos);
  checkSize("explainEncodingEntry", "d_model", dModel, 1);
  checkIndex("explainEncodingEntry", "component index j =", j, dModel);
  const pair = Math.floor(j / 2);
  const frequency = encodingFrequency(pair, dModel, base);
  const angle = pos * frequency;
  const fn = j % 2 === 0 ? "sin" : "cos";
  const value = fn === "sin" ? Math.sin(angle) : Math.cos(angle);
  return {
    position: pos,
    index: j,
    pair,
    exponent: (2 * pair) / dModel,
    frequency,
    wavelength: (2 * Math.PI) / frequency,
    angle,
    fn,
    value,
  };
}

/**
 * The encoding of one position.
 * @param pos whole number in POSITION_LIMITS
 * @param dModel ≥ 1
 * @returns shape [d_model]
 */
export function sinusoidalEncoding(pos: number, dModel: number, base = DEFAULT_POSITION_BASE): Vector {
  checkSize("sinusoidalEncoding", "d_model", dModel, 1);
  return Array.from({ length: dModel }, (_, j) => explainEncodingEntry(pos, j, dModel, base).value);
}

/**
 * One encoding row per position.
 * @param positions whole numbers in POSITION_LIMITS, e.g. [0, 1, 2] for a three-token sentence
 * @returns shape [n, d_model]
 */
export function sinusoidalTable(positions: readonly number[], dModel: number, base = DEFAULT_POSITION_BASE): Matrix {
  return positions.map((pos) => sinusoidalEncoding(pos, dModel, base));
}

/**
 * X + P: each token's embedding plus its position's encoding.
 * @param X shape [n, d_model], one token per row
 * @param P shape [n, d_model], row i the encoding of token i's position
 * @returns shape [n, d_model]
 * @throws ShapeError when the shapes differ
 */
export function addPositions(X: Matrix, P: Matrix): Matrix {
  const [n, d] = shapeOf(X);
  const [pRows, pCols] = shapeOf(P);
  if (n !== pRows || d !== pCols) {
    throw new ShapeError(
      "addPositions",
      [n, d],
      [pRows, pCols],
      `cannot add a ${pRows}×${pCols} table of position encodings to ${n}×${d} embeddings; ` +
        `each token needs one encoding row of the same size (expected ${n}×${d}).`,
    );
  }
  return X.map((x, i) => add(x, P[i] as Vector));
}

/** How (X + P)[i][j] is reached. */
export interface PositionedEntryExplanation {
  readonly row: number;
  readonly col: number;
  /** X[i][j], the token's embedding. */
  readonly token: number;
  /** P[i][j], the position's encoding. */
  readonly position: number;
  /** token + position, equal to addPositions(X, P)[i][j] exactly. */
  readonly sum: number;
}

/**
 * The ingredients of (X + P)[i][j].
 * @param X shape [n, d_model]
 * @param P shape [n, d_model]
 */
export function explainPositionedEntry(X: Matrix, P: Matrix, i: number, j: number): PositionedEntryExplanation {
  const sumMatrix = addPositions(X, P);
  checkIndex("explainPositionedEntry", "row index i =", i, X.length);
  checkIndex("explainPositionedEntry", "column index j =", j, X[0]?.length ?? 0);
  return { row: i, col: j, token: X[i]![j]!, position: P[i]![j]!, sum: sumMatrix[i]![j]! };
}

const EVEN_REASON =
  "PE(p)·PE(p+k) loses p only when every sine has its cosine (sin a·sin b + cos a·cos b = cos(a − b)),";

/**
 * PE(p)·PE(p+k) without p: Σ_i cos(k·ω_i), one term per pair.
 * @param k the distance, a whole number with |k| ≤ POSITION_LIMITS.max (cos is even, so the
 *   sign does not matter)
 * @param dModel even, ≥ 2
 * @throws OddDimensionError for an odd d_model
 */
export function explainEncodingDotByDistance(
  k: number,
  dModel: number,
  base = DEFAULT_POSITION_BASE,
): DistanceDotExplanation {
  checkEvenDimension("explainEncodingDotByDistance", dModel, EVEN_REASON);
  if (!Number.isInteger(k) || Math.abs(k) > POSITION_LIMITS.max) {
    throw new RangeError(
      `explainEncodingDotByDistance: the distance k must be a whole number from ` +
        `−${POSITION_LIMITS.max} to ${POSITION_LIMITS.max}; received ${k}.`,
    );
  }
  const terms = Array.from({ length: dModel / 2 }, (_, pair): DistanceTerm => {
    const frequency = encodingFrequency(pair, dModel, base);
    const angle = k * frequency;
    return { pair, frequency, angle, cos: Math.cos(angle) };
  });
  return { distance: k, terms, sum: sum(terms.map((t) => t.cos)) };
}

/**
 * PE(p)·PE(p+k) = Σ_i cos(k·ω_i): the same for every p, so the dot product of two encodings
 * depends only on how far apart the positions are.
 * @param dModel even, ≥ 2
 */
export function encodingDotByDistance(k: number, dModel: number, base = DEFAULT_POSITION_BASE): number {
  return explainEncodingDotByDistance(k, dModel, base).sum;
}

/** PE(p)·PE(q) worked two ways: entry by entry, and pair by pair as cos((q − p)·ω_i). */
export interface EncodingDotExplanation {
  readonly p: number;
  readonly q: number;
  /** The dot product of the two encoding rows, term by term (sin·sin and cos·cos alternate). */
  readonly dot: DotExplanation;
  /** The same sum regrouped by pair, with only the distance q − p left in it. */
  readonly byDistance: DistanceDotExplanation;
}

/**
 * The ingredients of PE(p)·PE(q): the entry-by-entry terms, and the same sum per pair, where
 * sin(pω)·sin(qω) + cos(pω)·cos(qω) = cos((q − p)ω). The two sums agree up to rounding.
 * @param p whole number in POSITION_LIMITS
 * @param q whole number in POSITION_LIMITS
 * @param dModel even, ≥ 2
 * @throws OddDimensionError for an odd d_model
 */
export function explainEncodingDot(
  p: number,
  q: number,
  dModel: number,
  base = DEFAULT_POSITION_BASE,
): EncodingDotExplanation {
  const byDistance = explainEncodingDotByDistance(q - p, dModel, base);
  const dot = explainDot(sinusoidalEncoding(p, dModel, base), sinusoidalEncoding(q, dModel, base));
  return { p, q, dot, byDistance };
}

/**
 * PE(p)·PE(q) for every pair of the given positions: P·Pᵀ for P = sinusoidalTable(positions).
 * Entry (r, c) depends only on positions[c] − positions[r], so for consecutive positions each
 * diagonal holds one number.
 * @param positions whole numbers in POSITION_LIMITS
 * @param dModel ≥ 1
 * @returns shape [n, n], symmetric
 */
export function encodingDotTable(positions: readonly number[], dModel: number, base = DEFAULT_POSITION_BASE): Matrix {
  const P = sinusoidalTable(positions, dModel, base);
  return P.map((a) => P.map((b) => explainDot(a, b).sum));
}

/**
 * Consecutive positions first, first + 1, …, first + count − 1.
 * @param first whole number in POSITION_LIMITS
 * @param count whole number ≥ 1; the last position must stay within POSITION_LIMITS
 */
export function consecutivePositions(first: number, count: number): number[] {
  checkSize("consecutivePositions", "the number of positions", count, 1);
  checkPosition("consecutivePositions", "the first position", first);
  checkPosition("consecutivePositions", "the last position", first + count - 1);
  return Array.from({ length: count }, (_, r) => first + r);
}
