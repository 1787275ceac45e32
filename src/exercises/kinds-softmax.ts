/**
 * "Check yourself" kinds from scores to weights: a scaled score, a softmax weight, and the keys a
 * causal mask removes. Answers, working, hints and slips come from src/math.
 */
import {
  checkIndex,
  explainScaledScore,
  explainSoftmax,
  formatNumber,
  isMasked,
  isRounded,
  softmax,
  subscript,
  type Rng,
  type Vector,
} from "../math/index.ts";
import { list, quote, ROUNDED_DECIMALS, type Slip, type SolvedExercise } from "./kinds.ts";
import { int, pick } from "./variant-numbers.ts";

/** The softmax exercises as declared in MDX (indices count from 0). */
export type SoftmaxExerciseSpec =
  /** Compute score / √dₖ. */
  | { readonly kind: "scaled-score"; readonly score: number; readonly dk: number }
  /** Compute softmax(scores)_j to 2 decimals. */
  | { readonly kind: "softmax-weight"; readonly scores: Vector; readonly j: number }
  /** Select the keys a causal mask removes for query i. */
  | { readonly kind: "masked-keys"; readonly tokens: readonly string[]; readonly i: number };

function solveScaledScore(score: number, dk: number): SolvedExercise {
  const e = explainScaledScore([[score]], dk, 0, 0);
  const decimals = isRounded(e.scaled, ROUNDED_DECIMALS) ? ROUNDED_DECIMALS : undefined;
  const rootText = Number.isInteger(e.root) ? formatNumber(e.root) : formatNumber(e.root, 3);
  const rel = (n: number) => (isRounded(n, decimals ?? 6) ? "≈" : "=");
  const line = `${formatNumber(score)} / √${dk} ${Number.isInteger(e.root) ? "=" : "≈"} ${formatNumber(score)} / ${rootText} ${rel(e.scaled)} ${formatNumber(e.scaled, ROUNDED_DECIMALS)}`;
  const slips: Slip<number>[] = [
    {
      value: score,
      why: `That is the raw score ${formatNumber(score)}: it still has to be divided by √dₖ = √${dk} = ${rootText}.`,
    },
    {
      value: score / dk,
      why: `That is ${formatNumber(score)} / ${dk}: divided by dₖ itself. Divide by its square root, √${dk} = ${rootText}.`,
    },
    {
      value: score * e.root,
      why: `That is ${formatNumber(score)} · ${rootText}: multiplied by √dₖ. Scaling divides, to make large scores smaller.`,
    },
  ];
  return {
    answer: "number",
    prompt: `A query and key with dₖ = ${dk} entries have the score q·k = ${formatNumber(score)}. What is the scaled score?${decimals ? " Give 2 decimals." : ""}`,
    tables: [],
    hint: `Divide the score by √dₖ. What is √${dk}?`,
    working: [line],
    value: e.scaled,
    ...(decimals === undefined ? {} : { decimals }),
    setup: `${formatNumber(score)} / √${dk}`,
    slips,
  };
}

function solveSoftmaxWeight(scores: Vector, j: number): SolvedExercise {
  const { max, shifted, exps, sumExp, weight } = explainSoftmax(scores, j);
  const show = (n: number) => formatNumber(n, 3);
  const exp = (v: number) => `exp(${formatNumber(v)})`;
  const name = `w${subscript(j)}`;
  const symbolic = `${exp(shifted[j]!)} / (${shifted.map(exp).join(" + ")})`;
  const working = [
    `Subtract the largest score, ${formatNumber(max)}: ${list(shifted)}.`,
    `${name} = ${symbolic} ≈ ${show(exps[j]!)} / (${exps.map(show).join(" + ")}) ≈ ${show(exps[j]!)} / ${show(sumExp)} ≈ ${formatNumber(weight, ROUNDED_DECIMALS)}`,
  ];
  const slips: Slip<number>[] = [];
  const total = scores.reduce((s, v) => s + v, 0);
  if (total !== 0) {
    slips.push({
      value: scores[j]! / total,
      why: `That is ${formatNumber(scores[j]!)} / (${scores.map((v) => formatNumber(v)).join(" + ")}): the scores were shared out as they are. Softmax takes exp of each score first.`,
    });
  }
  const rawSum = scores.reduce((s, v) => s + Math.exp(v), 0);
  if (max !== 0) {
    slips.push({
      value: exps[j]! / rawSum,
      why: `That is ${exp(shifted[j]!)} / (${scores.map(exp).join(" + ")}): the max shift was done on top but not in the sum. Subtract ${formatNumber(max)} from every score, or from none.`,
    });
  }
  if (scores.length > 1) {
    const others = exps.reduce((s, v, k) => (k === j ? s : s + v), 0);
    slips.push({
      value: exps[j]! / others,
      why: `That leaves ${exp(shifted[j]!)} itself out of the sum. The sum runs over every key, including key ${j}.`,
    });
  }
  softmax(scores).forEach((w, k) => {
    if (k !== j)
      slips.push({
        value: w,
        why: `That is the weight of entry ${k}; the question asks for entry ${j}, score ${formatNumber(scores[j]!)}.`,
      });
  });
  return {
    answer: "number",
    prompt: `A query's scores over ${scores.length} keys are ${list(scores)}. What softmax weight does key ${j} get? Give 2 decimals.`,
    tables: [],
    hint: `${name} = exp(s${subscript(j)}) / Σₖ exp(sₖ). Subtracting the largest score first keeps the numbers small: exp(0) = 1, exp(−1) ≈ 0.368, exp(−2) ≈ 0.135, exp(−3) ≈ 0.050.`,
    working,
    value: weight,
    decimals: ROUNDED_DECIMALS,
    setup: `${name} = ${symbolic}`,
    slips,
  };
}

function solveMaskedKeys(tokens: readonly string[], i: number): SolvedExercise {
  checkIndex("masked-keys", "query index i =", i, tokens.length);
  const keys = tokens.map((_, j) => j);
  const correct = keys.filter((j) => isMasked(i, j));
  const kept = keys.filter((j) => !isMasked(i, j));
  const names = (js: readonly number[]) => (js.length === 0 ? "none" : js.map((j) => quote(tokens[j]!)).join(", "));
  const q = quote(tokens[i]!);
  return {
    answer: "select",
    prompt: `In “${tokens.join(" ")}”, which keys does the causal mask remove (set their score to −∞) for the query ${q}, token ${i}? Select all that apply, or none if none are removed.`,
    tables: [],
    options: tokens.map((t, j) => `${t} (token ${j})`),
    correct,
    hint: `A token may look at itself and at tokens before it, never at tokens after it.`,
    working: [
      `Query ${i} may see keys j ≤ ${i}: ${names(kept)}.`,
      correct.length === 0
        ? `No key comes after ${q}, so the mask removes nothing.`
        : `The mask removes every key j > ${i}: ${names(correct)}.`,
    ],
    setup: `Query ${i} keeps keys j ≤ ${i} and loses keys j > ${i}.`,
    slips: [
      {
        value: keys.filter((j) => j >= i),
        why: `${q} itself was removed too. A token always sees itself; only later tokens are masked.`,
      },
      { value: kept, why: `Those are the keys ${q} keeps. The mask removes the others, the ones after it.` },
      // For query 0 there are no earlier tokens: an empty answer is not this slip.
      ...(i > 0
        ? [
            {
              value: keys.filter((j) => j < i),
              why: `Those are the earlier tokens, which ${q} may see. The mask hides the later ones.`,
            },
          ]
        : []),
    ],
  };
}

/**
 * Works a softmax exercise out: prompt, answer, working, hint and likely slips.
 * @throws RangeError when an index is out of range
 */
export function solveSoftmaxExercise(spec: SoftmaxExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "scaled-score":
      return solveScaledScore(spec.score, spec.dk);
    case "softmax-weight":
      return solveSoftmaxWeight(spec.scores, spec.j);
    case "masked-keys":
      return solveMaskedKeys(spec.tokens, spec.i);
  }
}

/** A variant of a softmax exercise: same kind and length, new small numbers and index. */
export function generateSoftmaxExercise(spec: SoftmaxExerciseSpec, rng: Rng): SoftmaxExerciseSpec {
  switch (spec.kind) {
    case "scaled-score": {
      const dk = pick(rng, [4, 9, 16, 64]);
      const sign = rng() < 0.25 ? -1 : 1;
      return { kind: spec.kind, dk, score: sign * int(rng, 1, 24) };
    }
    case "softmax-weight": {
      const scores = Array.from({ length: spec.scores.length }, () => int(rng, 0, 3));
      return { kind: spec.kind, scores, j: int(rng, 0, scores.length - 1) };
    }
    case "masked-keys":
      return { kind: spec.kind, tokens: spec.tokens, i: int(rng, 0, spec.tokens.length - 1) };
  }
}
