/**
 * The RoPE kinds of "Check yourself" (see kinds-positions.ts): one coordinate of a turned pair,
 * the score of a turned query and key after both move, and the position a decode step must turn
 * its new token at. Answers, working and slips come from src/math (rope.ts).
 */
import {
  DEFAULT_POSITION_BASE,
  dot,
  explainProjection,
  formatDotExpansion,
  formatNumber,
  formatTerms,
  ropeScore,
  rotationFromCosSin,
  type Vector,
} from "../math/index.ts";
import { ROUNDED_DECIMALS, type Slip, type SolvedExercise } from "./kinds.ts";
import type { PositionExerciseSpec } from "./kinds-positions.ts";

const list = (v: Vector) => `(${v.map((n) => formatNumber(n)).join(", ")})`;
/** The two coordinates of a turned pair. */
const TURNED = ["q′₀", "q′₁"] as const;

export function solveRotatePair(s: Extract<PositionExerciseSpec, { kind: "rotate-pair" }>): SolvedExercise {
  const { pair, cos, sin, component } = s;
  if (pair.length !== 2) throw new RangeError(`rotate-pair: the pair needs 2 numbers; received ${pair.length}.`);
  if (component !== 0 && component !== 1)
    throw new RangeError(`rotate-pair: component must be 0 (q′₀) or 1 (q′₁); received ${component}.`);
  const R = rotationFromCosSin(cos, sin);
  const name = TURNED[component];
  const e = explainProjection(pair, R, component);
  const other = explainProjection(pair, R, 1 - component);
  const back = explainProjection(pair, rotationFromCosSin(cos, -sin), component);
  const slips: Slip<number>[] = [
    {
      value: other.sum,
      why: `That is ${TURNED[1 - component]} = ${formatTerms(other.terms)}, the other coordinate; ${name} uses column ${component} of R.`,
    },
    {
      value: back.sum,
      why: `That is ${formatTerms(back.terms)}: the sine's sign was flipped, which turns the pair the other way. ${formatDotExpansion(name, e)}.`,
    },
  ];
  return {
    answer: "number",
    prompt: `RoPE turns a query’s pair (q₀, q₁) = ${list(pair)} by an angle whose cosine is ${formatNumber(cos)} and sine is ${formatNumber(sin)}. What is ${name} of the turned pair?`,
    tables: [
      { label: "(q₀, q₁)", rows: [pair] },
      { label: "R (the pair is a row on its left)", rows: R, colLabels: ["col 0 (q′₀)", "col 1 (q′₁)"] },
    ],
    hint: "[q′₀, q′₁] = [q₀, q₁]·R: q′₀ = q₀·cos − q₁·sin and q′₁ = q₀·sin + q₁·cos.",
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: `${name} = ${formatTerms(e.terms)}`,
    slips,
  };
}

export function solveRopeShift(s: Extract<PositionExerciseSpec, { kind: "rope-shift" }>): SolvedExercise {
  const { q, k, m, n, shift, base = DEFAULT_POSITION_BASE } = s;
  const before = ropeScore(q, k, m, n, base);
  const [m2, n2] = [m + shift, n + shift];
  const value = ropeScore(q, k, m2, n2, base);
  const show = (x: number) => formatNumber(x, ROUNDED_DECIMALS);
  const slips: Slip<number>[] = [
    {
      value: dot(q, k),
      why: `That is q·k with neither vector turned (${show(dot(q, k))}). RoPE still turns both; what cancels is the extra turn they share.`,
    },
    {
      value: ropeScore(q, k, m2, n, base),
      why: `That moves only the query, to ${m2}, and leaves the key at ${n}: the offset becomes ${m2 - n}. Both moved by ${shift}.`,
    },
    {
      value: ropeScore(q, k, m, n2, base),
      why: `That moves only the key, to ${n2}: the offset becomes ${m - n2}. Both moved by ${shift}.`,
    },
  ];
  return {
    answer: "number",
    prompt:
      `With RoPE (base ${base}), the query q = ${list(q)} at position ${m} and the key k = ${list(k)} at position ${n} ` +
      `have the score ${show(before)} after turning. What is their score when the same two vectors sit at positions ` +
      `${m2} and ${n2}? Give 2 decimals.`,
    tables: [],
    hint: "Each pair of q is turned by m·θᵢ and of k by n·θᵢ; the score sees only the angle between them, (m − n)·θᵢ.",
    working: [
      `The offset is ${m2} − ${n2} = ${m2 - n2}, the same as ${m} − ${n}, so every pair meets at the same angle as before.`,
      `The score is unchanged: ${show(value)}.`,
    ],
    value,
    decimals: ROUNDED_DECIMALS,
    setup: `score at (${m2}, ${n2}) = score at (${m}, ${n}) when ${m2} − ${n2} = ${m} − ${n}`,
    slips,
  };
}

export function solveRopePosition(s: Extract<PositionExerciseSpec, { kind: "rope-position" }>): SolvedExercise {
  const { prompt, decoded } = s;
  for (const [what, count, min] of [
    ["prompt", prompt, 1],
    ["decoded", decoded, 0],
  ] as const) {
    if (!Number.isInteger(count) || count < min)
      throw new RangeError(`rope-position: ${what} must be a whole number ≥ ${min}; received ${count}.`);
  }
  const cached = prompt + decoded;
  return {
    answer: "number",
    prompt:
      `A model with RoPE has prefilled a prompt of ${prompt} tokens and run ${decoded} decode steps. The next decode step ` +
      `feeds one new token. At which position must its query and key be turned (positions count from 0)?`,
    tables: [],
    hint: "Every token before it, prompt and decoded, holds one position; the new token takes the next one.",
    working: [
      `The cache holds ${prompt} + ${decoded} = ${cached} keys, at positions 0 to ${cached - 1}.`,
      `The new token comes right after them: position ${cached}, which is also the cache's length.`,
    ],
    value: cached,
    setup: `position = tokens already cached = ${prompt} + ${decoded}`,
    slips: [
      {
        value: 0,
        why: `That turns the new token as if it started the text: the classic offset bug. Its key would be cached at the wrong angle, and every later score against it drifts.`,
      },
      { value: cached - 1, why: `That is the position of the last cached token; the new token comes after it.` },
      {
        value: cached + 1,
        why: `One too far: positions count from 0, so ${cached} tokens fill positions 0 to ${cached - 1}.`,
      },
      {
        value: decoded,
        why: `That counts only the decode steps. Positions count from the first prompt token, so the ${prompt} prompt tokens come first.`,
      },
    ],
  };
}
