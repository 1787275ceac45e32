/**
 * Choosing the next token from the last layer's logits: temperature, then top-k, then top-p
 * (the order Hugging Face transformers applies them in), then one draw from the result.
 * Ties are broken by the lower token index everywhere: in the greedy choice, in the ranking
 * top-k and top-p use, and so in which of two equally likely tokens is kept.
 */
import { checkNumberInRange, checkWholeInRange, LimitError } from "./limits.ts";
import { mulberry32, type Rng } from "./random.ts";
import { argmax } from "./ranking.ts";
import { type Vector } from "./shape.ts";
import { softmax } from "./softmax.ts";

/** Temperature T: 0 (greedy) up to 100. */
export const TEMPERATURE_LIMITS = { min: 0, max: 100 } as const;
/** Top-p mass: 0 < p ≤ 1. */
export const TOP_P_LIMITS = { min: 0, max: 1, minInclusive: false } as const;
/** Top-k keeps at least 1 token and at most the vocabulary size. */
export const TOP_K_MIN = 1;
/** Seeds are whole numbers that fit in 32 bits, as mulberry32 uses them. */
export const SEED_LIMITS = { min: 0, max: 4_294_967_295 } as const;

function checkLogits(op: string, logits: Vector): void {
  if (logits.length === 0) throw new RangeError(`${op}: there are no logits; the vocabulary needs at least one token.`);
  const bad = logits.findIndex((z) => Number.isNaN(z) || z === Infinity);
  if (bad >= 0)
    throw new RangeError(
      `${op}: logit ${bad} is ${logits[bad]}; a logit must be a finite number or −∞ (a banned token).`,
    );
  if (logits.every((z) => z === -Infinity))
    throw new RangeError(`${op}: every logit is −∞, so no token can be chosen.`);
}

function checkProbs(op: string, probs: Vector): void {
  if (probs.length === 0)
    throw new RangeError(`${op}: there are no probabilities; the vocabulary needs at least one token.`);
  const bad = probs.findIndex((q) => !Number.isFinite(q) || q < 0);
  if (bad >= 0) throw new RangeError(`${op}: probability ${bad} is ${probs[bad]}; each must be a number ≥ 0.`);
  const total = probs.reduce((s, q) => s + q, 0);
  if (Math.abs(total - 1) > 1e-9)
    throw new RangeError(`${op}: the probabilities add up to ${total}; they must add up to 1.`);
}

/**
 * z / T for every logit (T > 0): T < 1 sharpens the distribution, T > 1 flattens it.
 * @param logits shape [vocabulary]; −∞ marks a banned token
 * @param temperature T, greater than 0 and at most 100
 * @throws LimitError for T outside (0, 100]; RangeError when a scaled logit overflows
 */
export function scaleLogits(logits: Vector, temperature: number): Vector {
  checkLogits("scaleLogits", logits);
  checkNumberInRange("scaleLogits", "the temperature T", temperature, { ...TEMPERATURE_LIMITS, minInclusive: false });
  const scaled = logits.map((z) => z / temperature);
  if (scaled.some((s, i) => !Number.isFinite(s) && logits[i] !== -Infinity)) {
    throw new RangeError(
      `scaleLogits: the temperature ${temperature} is too small for these logits (z/T overflows); use 0 for the greedy choice.`,
    );
  }
  return scaled;
}

/**
 * softmax(z / T). T = 0 is the greedy limit, not computed by dividing: all the probability goes
 * to the largest logit, the lowest index on a tie. (For T just above 0, tied logits split the
 * probability equally instead.)
 * @param logits shape [vocabulary]
 * @param temperature T from 0 to 100
 * @returns shape [vocabulary], summing to 1
 * @throws LimitError for T outside 0 … 100
 */
export function softmaxWithTemperature(logits: Vector, temperature: number): Vector {
  checkLogits("softmaxWithTemperature", logits);
  checkNumberInRange("softmaxWithTemperature", "the temperature T", temperature, TEMPERATURE_LIMITS);
  if (temperature === 0) {
    const best = argmax(logits);
    return logits.map((_, i) => (i === best ? 1 : 0));
  }
  return softmax(scaleLogits(logits, temperature));
}

/**
 * Token indices from most to least probable; equal probabilities keep the lower index first.
 * @param probs shape [vocabulary]
 */
export function probabilityOrder(probs: Vector): readonly number[] {
  return probs.map((_, i) => i).sort((a, b) => (probs[b] as number) - (probs[a] as number) || a - b);
}

/** What a filter kept, and the probabilities after renormalising. */
export interface FilterResult {
  /** All indices from most to least probable (ties: lower index first). */
  readonly order: readonly number[];
  /** The kept indices, a prefix of order. */
  readonly kept: readonly number[];
  /** The kept probabilities added in that order. */
  readonly keptMass: number;
  /** probs[i] / keptMass for kept i, 0 for the rest; shape [vocabulary]. */
  readonly probs: Vector;
}

/** The result of topP: also the running sums along `order`. */
export interface TopPResult extends FilterResult {
  /** cumulative[r] = sum of the r + 1 most probable; shape [vocabulary]. */
  readonly cumulative: Vector;
}

function keep(probs: Vector, order: readonly number[], count: number): FilterResult {
  const kept = order.slice(0, count);
  let keptMass = 0;
  for (const i of kept) keptMass += probs[i] as number;
  const renormalised = probs.map((q, i) => (kept.includes(i) ? q / keptMass : 0));
  return { order, kept, keptMass, probs: renormalised };
}

/**
 * Keep the k most probable tokens (ties: lower index) and renormalise.
 * @param probs shape [vocabulary], non-negative, summing to 1
 * @param k whole number from 1 to the vocabulary size
 * @throws LimitError for k outside 1 … vocabulary size
 */
export function topK(probs: Vector, k: number): FilterResult {
  checkProbs("topK", probs);
  checkWholeInRange("topK", "k", k, { min: TOP_K_MIN, max: probs.length }, "the vocabulary size");
  return keep(probs, probabilityOrder(probs), k);
}

/**
 * Keep the smallest set, taken in order of decreasing probability (ties: lower index), whose
 * probabilities add up to at least p, and renormalise. Tokens of probability 0 are never kept
 * (they add nothing); if rounding leaves the sum of all the others just under p, all of them
 * are kept.
 * @param probs shape [vocabulary], non-negative, summing to 1
 * @param p 0 < p ≤ 1
 * @throws LimitError for p outside (0, 1]
 */
export function topP(probs: Vector, p: number): TopPResult {
  checkProbs("topP", probs);
  checkNumberInRange("topP", "the top-p mass p", p, TOP_P_LIMITS);
  const order = probabilityOrder(probs);
  const cumulative: number[] = [];
  let running = 0;
  for (const i of order) cumulative.push((running += probs[i] as number));
  const positive = order.filter((i) => (probs[i] as number) > 0).length;
  const reached = cumulative.findIndex((c) => c >= p);
  const count = reached < 0 ? positive : Math.min(reached + 1, positive);
  return { ...keep(probs, order, count), cumulative };
}

/** One draw by inverse CDF: the first index whose cumulative sum exceeds u. */
export interface SampleExplanation {
  /** The uniform draw, in [0, 1). */
  readonly u: number;
  /** cumulative[i] = probs[0] + … + probs[i], in token order; shape [vocabulary]. */
  readonly cumulative: Vector;
  /** The first i with u < cumulative[i] (the last token with probability > 0 if rounding leaves none). */
  readonly index: number;
}

/**
 * The token u picks: lay the probabilities end to end on [0, 1) in token order; u falls in
 * token i's stretch [cumulative[i − 1], cumulative[i]). A token of probability 0 has an empty
 * stretch and is never picked.
 * @param probs shape [vocabulary], non-negative, summing to 1
 * @param u a number in [0, 1)
 */
export function explainSample(probs: Vector, u: number): SampleExplanation {
  checkProbs("explainSample", probs);
  if (!(u >= 0 && u < 1))
    throw new LimitError(
      "explainSample",
      "the draw u",
      { min: 0, max: 1 },
      u,
      `the draw u must be a number in [0, 1); received ${u}.`,
    );
  const cumulative: number[] = [];
  let running = 0;
  for (const q of probs) cumulative.push((running += q));
  const found = cumulative.findIndex((c) => u < c);
  const lastPositive = probs.reduce((last, q, i) => (q > 0 ? i : last), 0);
  return { u, cumulative, index: found < 0 ? lastPositive : found };
}

/**
 * One draw from probs with the generator rng (e.g. mulberry32(seed)).
 * @param probs shape [vocabulary], non-negative, summing to 1
 */
export function sampleIndex(probs: Vector, rng: Rng): number {
  return explainSample(probs, rng()).index;
}

/** Settings of chooseNext. */
export interface SamplingSettings {
  /** T from 0 (greedy) to 100. */
  readonly temperature: number;
  /** Keep only the k most probable tokens (1 … vocabulary size). */
  readonly k?: number;
  /** Keep the smallest most-probable set reaching mass p (0 < p ≤ 1), after top-k. */
  readonly p?: number;
  /** Seed of the mulberry32 generator that draws u. */
  readonly seed: number;
}

/** Every stage of choosing one token. */
export interface NextTokenChoice {
  /** z / T; null at T = 0, where nothing is divided. */
  readonly scaledLogits: Vector | null;
  /** softmaxWithTemperature(logits, T). */
  readonly probs: Vector;
  readonly topK: FilterResult | null;
  readonly topP: TopPResult | null;
  /** Indices still possible, most probable first (all of them when neither k nor p is set). */
  readonly kept: readonly number[];
  /** The distribution the draw uses. */
  readonly finalProbs: Vector;
  readonly u: number;
  /** Running sums of finalProbs in token order. */
  readonly cumulative: Vector;
  /** The chosen token. */
  readonly index: number;
}

/**
 * Temperature, then top-k, then top-p, then one draw u = mulberry32(seed)() by inverse CDF.
 * @param logits shape [vocabulary]
 * @throws LimitError for a setting outside its limits
 */
export function chooseNext(logits: Vector, { temperature, k, p, seed }: SamplingSettings): NextTokenChoice {
  checkWholeInRange("chooseNext", "the seed", seed, SEED_LIMITS);
  const probs = softmaxWithTemperature(logits, temperature);
  const scaledLogits = temperature === 0 ? null : scaleLogits(logits, temperature);
  const kFiltered = k === undefined ? null : topK(probs, k);
  const pFiltered = p === undefined ? null : topP(kFiltered?.probs ?? probs, p);
  const last = pFiltered ?? kFiltered;
  const finalProbs = last?.probs ?? probs;
  const { u, cumulative, index } = explainSample(finalProbs, mulberry32(seed)());
  return {
    scaledLogits,
    probs,
    topK: kFiltered,
    topP: pFiltered,
    kept: last?.kept ?? probabilityOrder(probs),
    finalProbs,
    u,
    cumulative,
    index,
  };
}
