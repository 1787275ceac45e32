import {
  explainScaledScore,
  matmul,
  mulberry32,
  randomNormal,
  sampleVariance,
  softmax,
  transpose,
  type Matrix,
  type Rng,
  type Vector,
} from "../../math/index.ts";

/** QKᵀ, as attentionScores computes it; called directly so this figure does not load all of attention.ts. */
const scoresOf = (Q: Matrix, K: Matrix) => matmul(Q, transpose(K));

/** A rows×cols matrix of standard normal draws, row by row (randomMatrix's normal case, without its integer case). */
const normalMatrix = (rng: Rng, rows: number, cols: number): Matrix =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => randomNormal(rng)));

/** S / √d_k entry by entry, through the math module's explain form of exactly that division. */
const scaledOf = (S: Matrix, keySize: number) =>
  S.map((row, i) => row.map((_, j) => explainScaledScore(S, keySize, i, j).scaled));

/** The key sizes the figure offers when the page does not choose: powers of 4 have whole roots. */
export const DEFAULT_KEY_SIZES: readonly number[] = [1, 4, 16, 64, 256, 1024];

/** The numbers behind the √d_k figure for one key size. */
export interface ScalingSample {
  /** The per-head key size d_k. */
  readonly keySize: number;
  /** The query shown in the figure, shape [d_k]. */
  readonly query: Vector;
  /** The keys shown in the figure, shape [keys, d_k]. */
  readonly keys: Matrix;
  /** s_j = q·k_j, shape [keys]. */
  readonly scores: Vector;
  /** s_j / √d_k, shape [keys]. */
  readonly scaled: Vector;
  /** softmax(scores): what attention would do without scaling. */
  readonly weights: Vector;
  /** softmax(scaled): what attention does. */
  readonly scaledWeights: Vector;
  /** The largest of `weights`: near 1 when softmax has saturated to one key. */
  readonly largestWeight: number;
  /** The largest of `scaledWeights`. */
  readonly largestScaledWeight: number;
  /** n: the variances come from n further random queries scored against n further random keys. */
  readonly varianceQueries: number;
  /** n², the number of scores the variances are estimated from. */
  readonly varianceScores: number;
  /** Sample variance of those n² scores q·k; close to d_k. */
  readonly variance: number;
  /** Sample variance of the same scores divided by √d_k; close to 1. */
  readonly scaledVariance: number;
}

/**
 * At most this many random numbers are drawn to estimate one variance, so that all six key sizes
 * together take a few milliseconds on a slow phone; small key sizes can afford more vectors.
 */
const VARIANCE_DRAWS = 32768;

/** n for the n×n grid of variance scores: 64, or fewer when 2·n·d_k draws would pass the budget. */
export function varianceGridSize(keySize: number): number {
  return Math.max(2, Math.min(64, Math.floor(VARIANCE_DRAWS / (2 * keySize))));
}

/**
 * One query against `keys` keys, all with independent standard normal entries (unit variance, as
 * Vaswani et al. 2017 assume in §3.2.1), plus an n×n grid of further random queries and keys
 * whose scores estimate the variance: the few scores in the figure share one query and would
 * give a rough estimate. Each key size draws from its own generator, mulberry32(seed + d_k), so
 * the figure is the same on every visit, on the server and in every browser.
 */
export function sampleScaling(seed: number, keySize: number, keys: number): ScalingSample {
  const rng = mulberry32(seed + keySize);
  const query = normalMatrix(rng, 1, keySize);
  const K = normalMatrix(rng, keys, keySize);
  const scores = scoresOf(query, K)[0] as Vector;
  const scaled = scaledOf([scores], keySize)[0] as Vector;

  const n = varianceGridSize(keySize);
  const varianceScores = scoresOf(normalMatrix(rng, n, keySize), normalMatrix(rng, n, keySize));
  const weights = softmax(scores);
  const scaledWeights = softmax(scaled);
  return {
    keySize,
    query: query[0] as Vector,
    keys: K,
    scores,
    scaled,
    weights,
    scaledWeights,
    largestWeight: Math.max(...weights),
    largestScaledWeight: Math.max(...scaledWeights),
    varianceQueries: n,
    varianceScores: n * n,
    variance: sampleVariance(varianceScores.flat()),
    scaledVariance: sampleVariance(scaledOf(varianceScores, keySize).flat()),
  };
}
