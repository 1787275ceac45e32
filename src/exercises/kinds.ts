/**
 * "Check yourself" exercises: what each kind asks, its answer, the working, a hint and the slips a
 * learner is likely to make, all computed here from the exercise's numbers (never typed by hand),
 * with the same explain forms and expansions the worked examples show.
 */
import {
  // arithmetic and its explain forms
  explainDot,
  explainProjection,
  explainScore,
  explainScaledScore,
  explainSoftmax,
  softmax,
  isMasked,
  type DotExplanation,
  cacheFactors,
  groupDigits,
  kvCacheBytes,
  type CacheField,
  type CacheShape,
  approxEqual,
  checkIndex,
  column,
  row,
  shapeOf,
  type Matrix,
  type Vector,
  // how numbers are written
  formatDotExpansion,
  formatFactor,
  formatNumber,
  formatTerms,
  isRounded,
  subscript,
} from "../math/index.ts";
import type { PositionExerciseSpec } from "./kinds-positions.ts";
import type { KvSharingExerciseSpec } from "./kinds-kv-sharing.ts";
import type { TiledExerciseSpec } from "./kinds-tiled.ts";
import type { BlockExerciseSpec } from "./kinds-block.ts";
import { familyFor, isFamilyExercise } from "./families.ts";

/** Size units for a KV-cache answer; KiB = 1024 bytes and so on. */
export const BYTE_UNITS = { bytes: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 } as const;
export type ByteUnit = keyof typeof BYTE_UNITS;

/** One answer option of a multiple-choice exercise. */
export interface ChoiceOption {
  readonly text: string;
  /** Why this option is right or wrong, shown after it is chosen. */
  readonly why: string;
  readonly correct?: boolean;
}

/** An exercise as declared in MDX: its kind and its numbers (all indices count from 0). */
export type ExerciseSpec =
  | BlockExerciseSpec
  /** Compute y_j of y = xW (x shape [n], W shape [n, m]). */
  | { readonly kind: "projection-entry"; readonly x: Vector; readonly W: Matrix; readonly j: number }
  /** Multiple choice: which numbers of W does y_j use (x shape [n], W shape [n, m]). */
  | { readonly kind: "projection-column"; readonly x: Vector; readonly W: Matrix; readonly j: number }
  /** Compute a·b (both shape [n]). */
  | { readonly kind: "dot-product"; readonly a: Vector; readonly b: Vector }
  /** Compute S_ij = q_i·k_j (Q shape [n, d], K shape [t, d]); tokens name the rows. */
  | {
      readonly kind: "score";
      readonly Q: Matrix;
      readonly K: Matrix;
      readonly i: number;
      readonly j: number;
      readonly tokens?: readonly string[];
    }
  /** Compute score / √dₖ. */
  | { readonly kind: "scaled-score"; readonly score: number; readonly dk: number }
  /** Compute softmax(scores)_j to 2 decimals. */
  | { readonly kind: "softmax-weight"; readonly scores: Vector; readonly j: number }
  /** Select the keys a causal mask removes for query i. */
  | { readonly kind: "masked-keys"; readonly tokens: readonly string[]; readonly i: number }
  /** Compute o_c = Σ_k weights_k·V[k][c] (weights shape [t], V shape [t, d_v]). */
  | { readonly kind: "weighted-sum"; readonly weights: Vector; readonly V: Matrix; readonly c: number }
  /** Read component c of token t's embedding (E shape [vocabulary, d]). */
  | {
      readonly kind: "embedding-entry";
      readonly E: Matrix;
      readonly vocabulary: readonly string[];
      readonly token: number;
      readonly c: number;
    }
  /** Rows in one layer's, one head's K cache after prefilling `prefill` tokens and `decode` decode steps. */
  | { readonly kind: "kv-cache-rows"; readonly prefill: number; readonly decode: number }
  /** KV-cache size 2·layers·kvHeads·headDim·seqLen·batch·bytesPerValue, in `unit` (fields as CacheShape). */
  | {
      readonly kind: "kv-cache-bytes";
      readonly layers: number;
      readonly kvHeads: number;
      /** Query heads, when they differ from kvHeads (grouped-query attention). */
      readonly queryHeads?: number;
      readonly headDim: number;
      readonly seqLen: number;
      readonly batch: number;
      /** 1, 2 or 4. */
      readonly bytesPerValue: number;
      readonly unit?: ByteUnit;
    }
  /** Conceptual multiple choice, exactly one option correct. */
  | {
      readonly kind: "choice";
      readonly question: string;
      readonly options: readonly ChoiceOption[];
      readonly hint: string;
    }
  | PositionExerciseSpec
  | KvSharingExerciseSpec
  | TiledExerciseSpec;

export type ExerciseKind = ExerciseSpec["kind"];

/** A small table of the exercise's numbers, shown beside the question. */
export interface ExerciseTable {
  readonly label: string;
  readonly rows: Matrix;
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
}

/** A likely mistake: the value it produces and what went wrong, with the learner's numbers. */
export interface Slip<V> {
  readonly value: V;
  readonly why: string;
}

interface SolvedBase {
  readonly prompt: string;
  readonly tables: readonly ExerciseTable[];
  readonly hint: string;
  /** The full working, line by line, ending in the answer. */
  readonly working: readonly string[];
}

/** A worked-out exercise, ready to ask and check. */
export type SolvedExercise =
  | (SolvedBase & {
      readonly answer: "number";
      readonly value: number;
      /** Places the answer is asked to; undefined for an exact answer. */
      readonly decimals?: number;
      readonly unit?: string;
      /** The expansion with the numbers filled in but not worked out, e.g. "y₁ = 2·10 + 3·(−1)". */
      readonly setup: string;
      readonly slips: readonly Slip<number>[];
    })
  | (SolvedBase & { readonly answer: "choice"; readonly options: readonly ChoiceOption[] })
  | (SolvedBase & {
      readonly answer: "select";
      readonly options: readonly string[];
      /** Indices of the options to select, ascending. */
      readonly correct: readonly number[];
      readonly setup: string;
      readonly slips: readonly Slip<readonly number[]>[];
    });

const list = (v: Vector) => `(${v.map((n) => formatNumber(n)).join(", ")})`;
const quote = (s: string) => `“${s}”`;
const rowNames = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${subscript(i)}`);
const setupOf = (name: string, e: DotExplanation) => `${name} = ${formatTerms(e.terms)}`;

/** Slips common to every dot product: one minus sign dropped, or each pair added instead of multiplied. */
function dotSlips(e: DotExplanation): Slip<number>[] {
  const slips: Slip<number>[] = [];
  e.terms.forEach((t, k) => {
    if (t.product >= 0) return;
    const flipped = e.terms.map((u, m) =>
      m === k ? { ...u, left: Math.abs(u.left), right: Math.abs(u.right), product: -u.product } : u,
    );
    const value = e.sum - 2 * t.product;
    slips.push({
      value,
      why: `That is ${formatTerms(flipped)} = ${formatNumber(value)}: a minus sign was dropped. ${formatFactor(t.left)}·${formatFactor(t.right)} is ${formatNumber(t.product)}, not ${formatNumber(-t.product)}.`,
    });
  });
  const added = e.terms.reduce((s, t) => s + t.left + t.right, 0);
  slips.push({
    value: added,
    why: `That is ${e.terms.map((t) => `(${formatNumber(t.left)} + ${formatNumber(t.right)})`).join(" + ")} = ${formatNumber(added)}: each pair was added. Multiply each pair, then add the products.`,
  });
  return slips;
}

function solveProjectionEntry(x: Vector, W: Matrix, j: number): SolvedExercise {
  const e = explainProjection(x, W, j);
  const [n, m] = shapeOf(W);
  const name = `y${subscript(j)}`;
  const slips: Slip<number>[] = [];
  if (n === m) {
    const wrong = explainDot(x, row(W, j));
    if (!approxEqual(wrong.sum, e.sum)) {
      slips.push({
        value: wrong.sum,
        why: `That is x·(row ${j} of W) = ${formatTerms(wrong.terms)} = ${formatNumber(wrong.sum)}: you used row ${j} of W. ${name} pairs x with column ${j}, ${list(e.column)}.`,
      });
    }
  }
  for (let k = 0; k < m; k++) {
    if (k === j) continue;
    const other = explainProjection(x, W, k);
    slips.push({
      value: other.sum,
      why: `That is y${subscript(k)} = ${formatTerms(other.terms)}, from column ${k} of W; ${name} uses column ${j}.`,
    });
  }
  slips.push(...dotSlips(e));
  return {
    answer: "number",
    prompt: `Compute ${name}, component ${j} of y = xW.`,
    tables: [
      { label: "x", rows: [x] },
      { label: "W", rows: W, rowLabels: rowNames("row ", n), colLabels: rowNames("col ", m) },
    ],
    hint: `${name} multiplies x entry by entry with column ${j} of W, ${list(e.column)}, and adds the products.`,
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: setupOf(name, e),
    slips,
  };
}

function solveProjectionColumn(x: Vector, W: Matrix, j: number): SolvedExercise {
  const e = explainProjection(x, W, j);
  const [n, m] = shapeOf(W);
  const name = `y${subscript(j)}`;
  const options: ChoiceOption[] = [];
  for (let k = 0; k < m; k++) {
    options.push({
      text: `Column ${k} of W, ${list(column(W, k))}`,
      correct: k === j,
      why: k === j ? `Yes: ${formatDotExpansion(name, e)}.` : `Column ${k} gives y${subscript(k)}, not ${name}.`,
    });
  }
  if (j < n) {
    options.push({
      text: `Row ${j} of W, ${list(row(W, j))}`,
      why: `Row ${j} of W holds what input ${j} sends to every output. ${name} collects from every input, so it reads down column ${j}.`,
    });
  }
  return {
    answer: "choice",
    prompt: `In y = xW, which numbers of W does ${name} use?`,
    tables: [
      { label: "x", rows: [x] },
      { label: "W", rows: W, rowLabels: rowNames("row ", n), colLabels: rowNames("col ", m) },
    ],
    hint: `x is a row on the left of W. Each entry of x must meet one number of W per output.`,
    working: [`${name} pairs x with column ${j} of W: ${formatDotExpansion(name, e)}.`],
    options,
  };
}

function solveDotProduct(a: Vector, b: Vector): SolvedExercise {
  const e = explainDot(a, b);
  return {
    answer: "number",
    prompt: "Compute a·b.",
    tables: [
      { label: "a", rows: [a] },
      { label: "b", rows: [b] },
    ],
    hint: "Multiply the first entries, then the second entries, and so on; then add the products.",
    working: [formatDotExpansion("a·b", e)],
    value: e.sum,
    setup: setupOf("a·b", e),
    slips: dotSlips(e),
  };
}

function solveScore(Q: Matrix, K: Matrix, i: number, j: number, tokens?: readonly string[]): SolvedExercise {
  const e = explainScore(Q, K, i, j);
  const name = `S${subscript(i)}${subscript(j)}`;
  const who = (k: number) => (tokens?.[k] ? ` (${quote(tokens[k])})` : "");
  const slips: Slip<number>[] = [];
  const [t] = shapeOf(K);
  if (j < Q.length && i < t) {
    const swapped = explainScore(Q, K, j, i);
    slips.push({
      value: swapped.sum,
      why: `That is S${subscript(j)}${subscript(i)} = q${subscript(j)}·k${subscript(i)} = ${formatTerms(swapped.terms)}: query and key were swapped. ${name} uses the query of token ${i} and the key of token ${j}.`,
    });
  }
  if (j < Q.length) {
    const qq = explainDot(row(Q, i), row(Q, j));
    slips.push({
      value: qq.sum,
      why: `That is q${subscript(i)}·q${subscript(j)} = ${formatTerms(qq.terms)}: two queries. The second vector is a key, row ${j} of K.`,
    });
  }
  slips.push(...dotSlips(e));
  return {
    answer: "number",
    prompt: `Compute the score ${name} = q${subscript(i)}·k${subscript(j)}: how much token ${i}${who(i)} is drawn to token ${j}${who(j)}.`,
    tables: [
      { label: "Q (one query per row)", rows: Q, rowLabels: rowNames("q", Q.length) },
      { label: "K (one key per row)", rows: K, rowLabels: rowNames("k", t) },
    ],
    hint: `Take row ${i} of Q, ${list(row(Q, i))}, and row ${j} of K, ${list(row(K, j))}; multiply entry by entry and add.`,
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: setupOf(name, e),
    slips,
  };
}

/** Places a rounded answer is asked to. */
export const ROUNDED_DECIMALS = 2;

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

function solveWeightedSum(weights: Vector, V: Matrix, c: number): SolvedExercise {
  const [t, dv] = shapeOf(V);
  const e = explainDot(weights, column(V, c));
  const name = `o${subscript(c)}`;
  const slips: Slip<number>[] = [];
  if (t === dv) {
    const wrong = explainDot(weights, row(V, c));
    slips.push({
      value: wrong.sum,
      why: `That is ${formatTerms(wrong.terms)}, from row ${c} of V. Entry ${c} of the output mixes entry ${c} of every value row: column ${c} of V.`,
    });
  }
  const plain = column(V, c).reduce((s, v) => s + v, 0);
  slips.push({
    value: plain,
    why: `That is ${column(V, c)
      .map((v) => formatNumber(v))
      .join(" + ")} = ${formatNumber(plain)}: the values were added without their weights.`,
  });
  for (let k = 0; k < dv; k++) {
    if (k === c) continue;
    const other = explainDot(weights, column(V, k));
    slips.push({
      value: other.sum,
      why: `That is o${subscript(k)} = ${formatTerms(other.terms)}, entry ${k} of the output; the question asks for entry ${c}.`,
    });
  }
  slips.push(...dotSlips(e).slice(0, -1));
  return {
    answer: "number",
    prompt: `A query's weights over ${t} keys are ${list(weights)}. Compute ${name}, entry ${c} of its output o = Σₖ wₖ·vₖ.`,
    tables: [{ label: "V (one value per row)", rows: V, rowLabels: rowNames("v", t), colLabels: rowNames("col ", dv) }],
    hint: `Multiply each weight by entry ${c} of its value row (column ${c} of V), then add.`,
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: setupOf(name, e),
    slips,
  };
}

function solveEmbeddingEntry(E: Matrix, vocabulary: readonly string[], token: number, c: number): SolvedExercise {
  const [size, d] = shapeOf(E);
  checkIndex("embedding-entry", "token index", token, size);
  checkIndex("embedding-entry", "component c =", c, d);
  const value = E[token]![c]!;
  const word = quote(vocabulary[token] ?? `token ${token}`);
  const slips: Slip<number>[] = [];
  if (c < size && token < d && !approxEqual(E[c]![token]!, value)) {
    slips.push({
      value: E[c]![token]!,
      why: `That is row ${c}, column ${token}: rows and columns were swapped. ${word} is token ${token}, so its embedding is row ${token}.`,
    });
  }
  for (const k of [token - 1, token + 1]) {
    if (k >= 0 && k < size)
      slips.push({
        value: E[k]![c]!,
        why: `That is component ${c} of row ${k}, the embedding of ${quote(vocabulary[k] ?? `token ${k}`)}. ${word} is token ${token}: count rows from 0.`,
      });
  }
  return {
    answer: "number",
    prompt: `${word} is token ${token} of the vocabulary. What is component ${c} of its embedding?`,
    tables: [
      { label: "E (one row per token)", rows: E, rowLabels: vocabulary.slice(0, size), colLabels: rowNames("col ", d) },
    ],
    hint: `Looking up token ${token} picks row ${token} of E; then count ${c} entries in from 0.`,
    working: [`${word} is row ${token} of E, ${list(E[token]!)}; component ${c} is ${formatNumber(value)}.`],
    value,
    setup: `Row ${token} of E, then column ${c}.`,
    slips,
  };
}

function solveKvCacheRows(prefill: number, decode: number): SolvedExercise {
  const value = prefill + decode;
  return {
    answer: "number",
    prompt: `A model prefills a prompt of ${prefill} tokens, then runs ${decode} decode steps, each feeding one new token through the model. How many rows does one layer's K cache (for one head) hold now?`,
    tables: [],
    hint: "Every token that has gone through the model leaves one key row behind; nothing is ever removed.",
    working: [
      `Prefill stores one row per prompt token: ${prefill}. Each decode step appends one row: ${decode}. Rows = ${prefill} + ${decode} = ${value}.`,
    ],
    value,
    setup: `Rows = (prompt tokens) + (decode steps) = ${prefill} + ${decode}`,
    slips: [
      { value: prefill, why: `That counts only the prompt. Each decode step adds the new token's key too.` },
      {
        value: decode,
        why: `That counts only the decode steps. The prompt's ${prefill} keys are stored during prefill.`,
      },
      {
        value: prefill * decode,
        why: `That is ${prefill} × ${decode}. The cache grows by one row per token, so the counts add.`,
      },
      {
        value: value - 1,
        why: `One row short: every decode step stores the key of the token it feeds in, the last one included.`,
      },
    ],
  };
}

function solveKvCacheBytes(s: Extract<ExerciseSpec, { kind: "kv-cache-bytes" }>): SolvedExercise {
  const unit = s.unit ?? "bytes";
  const divisor = BYTE_UNITS[unit];
  const shape: CacheShape = {
    layers: s.layers,
    kvHeads: s.kvHeads,
    headDim: s.headDim,
    seqLen: s.seqLen,
    batch: s.batch,
    bytesPerValue: s.bytesPerValue,
  };
  const total = Number(kvCacheBytes(shape));
  const value = total / divisor;
  const decimals = isRounded(value, 0) ? ROUNDED_DECIMALS : undefined;
  /** The size with some factors replaced, e.g. { layers: 1 } for "forgot the layers". */
  const without = (change: Partial<Record<"two" | CacheField, number>>) =>
    cacheFactors({ ...shape, ...change }).reduce((p, f, k) => p * (k === 0 ? (change.two ?? f) : f), 1) / divisor;
  const product = cacheFactors(shape).join(" · ");
  const inUnit =
    unit === "bytes"
      ? ""
      : ` = ${groupDigits(total)} / ${groupDigits(divisor)} ${decimals ? "≈" : "="} ${formatNumber(value, ROUNDED_DECIMALS)} ${unit}`;
  const slips: Slip<number>[] = [
    { value: without({ two: 1 }), why: `That leaves out the factor 2: the cache stores keys AND values.` },
    {
      value: without({ bytesPerValue: 1 }),
      why: `That counts numbers, not bytes: multiply by ${s.bytesPerValue} bytes per number.`,
    },
    { value: without({ layers: 1 }), why: `That is one layer's cache; each of the ${s.layers} layers keeps its own.` },
    {
      value: without({ batch: 1 }),
      why: `That is for one sequence; the batch holds ${s.batch}, each with its own cache.`,
    },
  ];
  if (s.queryHeads !== undefined && s.queryHeads !== s.kvHeads) {
    slips.unshift({
      value: without({ kvHeads: s.queryHeads }),
      why: `That uses the ${s.queryHeads} query heads. Only the ${s.kvHeads} KV heads are cached; the query heads share them.`,
    });
  }
  if (unit !== "bytes") {
    const decimal = { KiB: 1e3, MiB: 1e6, GiB: 1e9 }[unit];
    slips.push({
      value: total / decimal,
      why: `That divides by ${groupDigits(decimal)}; 1 ${unit} is ${groupDigits(divisor)} bytes (powers of 1024).`,
    });
  }
  return {
    answer: "number",
    prompt:
      `How large is the KV cache for ${s.layers} layers, ${s.kvHeads} KV heads${s.queryHeads ? ` (${s.queryHeads} query heads)` : ""} of size ${s.headDim}, ` +
      `${groupDigits(s.seqLen)} tokens, a batch of ${s.batch} and ${s.bytesPerValue} bytes per number? Answer in ${unit}${decimals ? " to 2 decimals" : ""}` +
      `${unit === "bytes" ? "" : ` (1 ${unit} = ${groupDigits(divisor)} bytes)`}.`,
    tables: [],
    hint: "Size = 2 (K and V) · layers · KV heads · head size · tokens · batch · bytes per number.",
    working: [
      `2 · layers · KV heads · head size · tokens · batch · bytes = ${product} = ${groupDigits(total)} bytes${inUnit}`,
    ],
    value,
    ...(decimals === undefined ? {} : { decimals }),
    unit,
    setup: `${product} bytes`,
    slips,
  };
}

function solveChoice(question: string, options: readonly ChoiceOption[], hint: string): SolvedExercise {
  const right = options.filter((o) => o.correct);
  if (right.length !== 1)
    throw new RangeError(`choice: expected exactly one correct option; received ${right.length}.`);
  return {
    answer: "choice",
    prompt: question,
    tables: [],
    hint,
    working: [`${right[0]!.text}. ${right[0]!.why}`],
    options,
  };
}

/**
 * Works an exercise out: prompt, tables, answer, working, hint and likely slips.
 * @throws ShapeError or RangeError when the numbers do not fit the kind (e.g. an index out of range)
 */
export function solveExercise(spec: ExerciseSpec): SolvedExercise {
  if (isFamilyExercise(spec)) return familyFor(spec).solve(spec);
  switch (spec.kind) {
    case "projection-entry":
      return solveProjectionEntry(spec.x, spec.W, spec.j);
    case "projection-column":
      return solveProjectionColumn(spec.x, spec.W, spec.j);
    case "dot-product":
      return solveDotProduct(spec.a, spec.b);
    case "score":
      return solveScore(spec.Q, spec.K, spec.i, spec.j, spec.tokens);
    case "scaled-score":
      return solveScaledScore(spec.score, spec.dk);
    case "softmax-weight":
      return solveSoftmaxWeight(spec.scores, spec.j);
    case "masked-keys":
      return solveMaskedKeys(spec.tokens, spec.i);
    case "weighted-sum":
      return solveWeightedSum(spec.weights, spec.V, spec.c);
    case "embedding-entry":
      return solveEmbeddingEntry(spec.E, spec.vocabulary, spec.token, spec.c);
    case "kv-cache-rows":
      return solveKvCacheRows(spec.prefill, spec.decode);
    case "kv-cache-bytes":
      return solveKvCacheBytes(spec);
    case "choice":
      return solveChoice(spec.question, spec.options, spec.hint);
  }
}
