/**
 * "Check yourself" kinds for the order-and-position pages: where a weight goes when two tokens
 * swap, one entry of a sinusoidal encoding, and (kinds-rope.ts) RoPE by hand. Each kind's answer,
 * working, hint and slips are computed from src/math, like the kinds in kinds.ts, which hands
 * these kinds to solvePositionExercise.
 */
import {
  checkIndex,
  DEFAULT_POSITION_BASE,
  explainEncodingEntry,
  explainPermutedEntry,
  formatNumber,
  identityOrder,
  isRounded,
  shapeOf,
  ShapeError,
  subscript,
  swapTokens,
  type Matrix,
  type Vector,
} from "../math/index.ts";
import { ROUNDED_DECIMALS, type Slip, type SolvedExercise } from "./kinds.ts";
import { solveRopePosition, solveRopeShift, solveRotatePair } from "./kinds-rope.ts";

/** The kinds of the order-and-position pages (all indices and positions count from 0). */
export type PositionExerciseSpec =
  /** The weight in row i, column j of a map after tokens a and b swap (weights shape [n, n], tokens n). */
  | {
      readonly kind: "swapped-weight";
      readonly weights: Matrix;
      readonly tokens: readonly string[];
      readonly a: number;
      readonly b: number;
      readonly i: number;
      readonly j: number;
    }
  /** PE(pos, j) of a sinusoidal encoding of dModel numbers, to 2 decimals. */
  | {
      readonly kind: "encoding-entry";
      readonly pos: number;
      readonly j: number;
      readonly dModel: number;
      readonly base?: number;
    }
  /** Component 0 (q′₀) or 1 (q′₁) of the pair turned by the angle with this cos and sin. */
  | {
      readonly kind: "rotate-pair";
      readonly pair: Vector;
      readonly cos: number;
      readonly sin: number;
      readonly component: number;
    }
  /** The RoPE score of q at m + shift and k at n + shift, knowing it at m and n (q, k shape [d], d even). */
  | {
      readonly kind: "rope-shift";
      readonly q: Vector;
      readonly k: Vector;
      readonly m: number;
      readonly n: number;
      readonly shift: number;
      readonly base?: number;
    }
  /** The position a decode step turns its new token at, after a prompt and some decode steps. */
  | { readonly kind: "rope-position"; readonly prompt: number; readonly decoded: number };

export type PositionExerciseKind = PositionExerciseSpec["kind"];

/** "0: The", "1: cat": table headers that stay unique when a word repeats. */
const numbered = (tokens: readonly string[]) => tokens.map((t, k) => `${k}: ${t}`);
const quote = (s: string) => `“${s}”`;

function solveSwappedWeight(s: Extract<PositionExerciseSpec, { kind: "swapped-weight" }>): SolvedExercise {
  const { weights, tokens, a, b, i, j } = s;
  const [n, m] = shapeOf(weights);
  if (n !== m || tokens.length !== n) {
    throw new ShapeError(
      "swapped-weight",
      [n, m],
      [tokens.length, tokens.length],
      `the weights must be square with one row and one column per token; received ${n}×${m} weights for ${tokens.length} tokens.`,
    );
  }
  for (const [what, index] of [
    ["token a =", a],
    ["token b =", b],
    ["row i =", i],
    ["column j =", j],
  ] as const)
    checkIndex("swapped-weight", what, index, n);
  const order = swapTokens(identityOrder(n), a, b);
  const e = explainPermutedEntry(weights, order, i, j);
  const after = order.map((k) => tokens[k]!);
  const [query, key] = [quote(after[i]!), quote(after[j]!)];
  const slips: Slip<number>[] = [
    {
      value: weights[i]![j]!,
      why: `That is row ${i}, column ${j} of the map before the swap: the cell stayed, but the words in it changed. Find where ${query} and ${key} were before.`,
    },
    {
      value: weights[e.fromRow]![j]!,
      why: `That moves the row to ${query}'s old row ${e.fromRow} but keeps column ${j}; the key ${key} moved too, from column ${e.fromCol}.`,
    },
    {
      value: weights[i]![e.fromCol]!,
      why: `That moves the column to ${key}'s old column ${e.fromCol} but keeps row ${i}; the query ${query} moved too, from row ${e.fromRow}.`,
    },
  ];
  const decimals = isRounded(e.value, 4) ? 4 : undefined;
  return {
    answer: "number",
    prompt:
      `These are the attention weights of “${tokens.join(" ")}” from one head with no position information. ` +
      `Swap ${quote(tokens[a]!)} (token ${a}) and ${quote(tokens[b]!)} (token ${b}), giving “${after.join(" ")}”. ` +
      `What is the weight in row ${i}, column ${j} of the new map: how much ${query} looks at ${key}?`,
    tables: [
      {
        label: "Weights before the swap (rows: queries, columns: keys)",
        rows: weights,
        rowLabels: numbered(tokens),
        colLabels: numbered(tokens),
      },
    ],
    hint: `With no positions, each weight depends only on the two words. New row ${i} is ${query}; where was it before? And column ${j}, ${key}?`,
    working: [
      `In the new order, row ${i} is ${query}, which was row ${e.fromRow}; column ${j} is ${key}, which was column ${e.fromCol}.`,
      `So the weight is row ${e.fromRow}, column ${e.fromCol} of the old map: ${formatNumber(e.value, 4)}.`,
    ],
    value: e.value,
    ...(decimals === undefined ? {} : { decimals }),
    setup: `Weight = old map at (old row of ${query}, old column of ${key}) = (row ${e.fromRow}, column ${e.fromCol})`,
    slips,
  };
}

function solveEncodingEntry(s: Extract<PositionExerciseSpec, { kind: "encoding-entry" }>): SolvedExercise {
  const { pos, j, dModel, base = DEFAULT_POSITION_BASE } = s;
  const e = explainEncodingEntry(pos, j, dModel, base);
  const other = e.fn === "sin" ? "cos" : "sin";
  const apply = (fn: "sin" | "cos", angle: number) => (fn === "sin" ? Math.sin(angle) : Math.cos(angle));
  const show = (x: number) => formatNumber(x, 4);
  const theta = `θ${subscript(e.pair)}`;
  const slips: Slip<number>[] = [
    {
      value: apply(other, e.angle),
      why: `That is ${other}(${show(e.angle)}): component ${j} is ${e.fn === "sin" ? "even, so it is a sine" : "odd, so it is a cosine"}.`,
    },
    {
      value: apply(e.fn, (e.angle * Math.PI) / 180),
      why: `That is ${e.fn} of ${show(e.angle)} degrees. The angle ${pos}·${theta} is in radians.`,
    },
  ];
  if (j !== e.pair) {
    const wrong = pos * base ** ((-2 * j) / dModel);
    slips.push({
      value: apply(e.fn, wrong),
      why: `That uses the exponent 2·${j}/${dModel}, with the component's index. Components ${2 * e.pair} and ${2 * e.pair + 1} share pair i = ${e.pair}, so the exponent is ${2 * e.pair}/${dModel}.`,
    });
  }
  if (e.pair > 0) {
    slips.push({
      value: apply(e.fn, pos * base ** ((2 * e.pair) / dModel)),
      why: `That multiplies by ${base}^(${2 * e.pair}/${dModel}) instead of dividing: the frequency falls as i grows, ${theta} = ${base}^(−${2 * e.pair}/${dModel}).`,
    });
  }
  return {
    answer: "number",
    prompt: `Compute PE(${pos}, ${j}): component ${j} of the sinusoidal encoding of position ${pos}, for encodings of ${dModel} numbers with base ${base}. Angles are in radians. Give 2 decimals.`,
    tables: [],
    hint: `Even components are sines and odd ones cosines; components 2i and 2i + 1 share the frequency θᵢ = base^(−2i/${dModel}).`,
    working: [
      `Component ${j} is in pair i = ${e.pair}, so ${theta} = ${base}^(−${2 * e.pair}/${dModel}) ${isRounded(e.frequency, 4) ? "≈" : "="} ${show(e.frequency)}.`,
      `The angle is ${pos}·${show(e.frequency)} ${isRounded(e.angle, 4) ? "≈" : "="} ${show(e.angle)}; PE(${pos}, ${j}) = ${e.fn}(${show(e.angle)}) ≈ ${formatNumber(e.value, ROUNDED_DECIMALS)}.`,
    ],
    value: e.value,
    decimals: ROUNDED_DECIMALS,
    setup: `PE(${pos}, ${j}) = ${e.fn}(${pos}·${base}^(−${2 * e.pair}/${dModel}))`,
    slips,
  };
}

/** Works out an exercise of the order-and-position pages (see solveExercise). */
export function solvePositionExercise(spec: PositionExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "swapped-weight":
      return solveSwappedWeight(spec);
    case "encoding-entry":
      return solveEncodingEntry(spec);
    case "rotate-pair":
      return solveRotatePair(spec);
    case "rope-shift":
      return solveRopeShift(spec);
    case "rope-position":
      return solveRopePosition(spec);
  }
}
