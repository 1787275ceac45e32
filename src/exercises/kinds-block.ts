/**
 * "Check yourself" kinds of the transformer-block page: one entry of layer norm or RMSNorm, and one
 * hidden unit of a ReLU MLP. Answers, working, hints and slips come from src/math (the same explain
 * forms and text the worked examples show); generators pick rows whose square roots come out whole.
 */
import {
  DEFAULT_NORM_EPSILON,
  explainLayerNorm,
  explainLayerNormEntry,
  explainRmsNorm,
  explainRmsNormEntry,
  explainDot,
  formatFactor,
  formatNumber,
  formatTerms,
  isRounded,
  relu,
  subscript,
  type Rng,
  type Vector,
} from "../math/index.ts";
import { layerNormText, normEntryText, rmsNormText } from "../examples/norm/norm-words.ts";
import type { Slip, SolvedExercise } from "./kinds.ts";

/** The block page's exercises as declared in MDX (indices count from 0). */
export type BlockExerciseSpec =
  /** Entry j of LayerNorm(x) or RMSNorm(x) with gain 1, bias 0 and ε = DEFAULT_NORM_EPSILON. */
  | { readonly kind: "norm-entry"; readonly norm: "layer" | "rms"; readonly x: Vector; readonly j: number }
  /** One hidden unit of a ReLU MLP: max(0, x·column + bias); column is that unit's column of W₁. */
  | { readonly kind: "mlp-unit"; readonly x: Vector; readonly column: Vector; readonly bias: number };

/** Places a rounded norm answer is asked to. */
const DECIMALS = 2;
const list = (v: Vector) => `(${v.map((n) => formatNumber(n)).join(", ")})`;

/** "LayerNorm(x)₁ = …symbols… ≈ 1·(−3 − 2) / 3 + 0 ≈ …" → "LayerNorm(x)₁ = 1·(−3 − 2) / 3 + 0": the numbers, not worked out. */
function entrySetup(text: string): string {
  const parts = text.split(/ [=≈] /);
  return `${parts[0]} = ${parts[2]}`;
}

function solveNormEntry(norm: "layer" | "rms", x: Vector, j: number): SolvedExercise {
  const ones = x.map(() => 1);
  const zeros = x.map(() => 0);
  const epsilon = DEFAULT_NORM_EPSILON;
  const e =
    norm === "layer" ? explainLayerNormEntry(x, ones, zeros, epsilon, j) : explainRmsNormEntry(x, ones, epsilon, j);
  const decimals = isRounded(e.output, DECIMALS) ? DECIMALS : undefined;
  const name = norm === "layer" ? `LayerNorm(x)${subscript(j)}` : `RMSNorm(x)${subscript(j)}`;
  const steps =
    norm === "layer"
      ? Object.values(layerNormText(explainLayerNorm(x, ones, zeros, epsilon)))
      : Object.values(rmsNormText(explainRmsNorm(x, ones, epsilon)));
  const slips: Slip<number>[] = [
    {
      value: e.centred / e.spread,
      why: `That is ${formatFactor(e.centred)} / ${formatNumber(e.spread)}: divided by the ${norm === "layer" ? "variance" : "mean square"} itself. Divide by its square root, ${formatNumber(e.denominator)}.`,
    },
  ];
  if (norm === "layer") {
    slips.push({
      value: e.input / e.denominator,
      why: `That is ${formatFactor(e.input)} / ${formatNumber(e.denominator)}: the mean ${formatNumber(e.mean)} was not subtracted first. Layer norm divides x${subscript(j)} − μ.`,
    });
    const sample = Math.sqrt((e.spread * x.length) / (x.length - 1));
    slips.push({
      value: e.centred / sample,
      why: `That divides by ${formatNumber(sample)}, the spread with d − 1 = ${x.length - 1} in the variance. Norms divide by d = ${x.length}.`,
    });
  } else {
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    slips.push({
      value: (e.input - mean) / e.denominator,
      why: `That subtracts the mean ${formatNumber(mean)} first, as layer norm does. RMSNorm divides x${subscript(j)} itself.`,
    });
  }
  return {
    answer: "number",
    prompt: `Take the row x = ${list(x)} with gain 1 and no bias. What is ${name}?${decimals ? " Give 2 decimals." : ""} (ε = ${formatNumber(epsilon, 6)} is too small to change it.)`,
    tables: [{ label: "x (one token’s row)", rows: [x], colLabels: x.map((_, k) => `x${subscript(k)}`) }],
    hint:
      norm === "layer"
        ? `Find the mean μ, then the variance σ² (the squared differences from μ, added and divided by d), then divide x${subscript(j)} − μ by √σ².`
        : `Find the mean of the squares, take its square root, and divide x${subscript(j)} by it.`,
    working: [...steps, normEntryText(norm, e)],
    value: e.output,
    ...(decimals === undefined ? {} : { decimals }),
    setup: entrySetup(normEntryText(norm, e)),
    slips,
  };
}

function solveMlpUnit(x: Vector, column: Vector, bias: number): SolvedExercise {
  const dot = explainDot(x, column);
  const z = dot.sum + bias;
  const u = relu(z);
  const setup = `pre = ${formatTerms(dot.terms)} + ${formatFactor(bias)}`;
  const slips: Slip<number>[] = [];
  if (z < 0) {
    slips.push({
      value: z,
      why: `That is pre = ${formatNumber(z)}, before the activation. ReLU turns every negative number into 0.`,
    });
  }
  if (bias !== 0) {
    slips.push({
      value: relu(dot.sum),
      why: `That leaves out the bias ${formatNumber(bias)}: pre = ${formatTerms(dot.terms)} + ${formatFactor(bias)}.`,
    });
  }
  return {
    answer: "number",
    prompt: `A hidden unit of a ReLU MLP has the column (${column.map((v) => formatNumber(v)).join(", ")}) of W₁ and the bias ${formatNumber(bias)}. For the row x = ${list(x)}, what is the unit’s value, hidden = max(0, pre)?`,
    tables: [
      { label: "x", rows: [x] },
      { label: "the unit’s column of W₁", rows: column.map((v) => [v]) },
    ],
    hint: "First pre: multiply x entry by entry with the column, add, and add the bias. Then ReLU: a negative pre becomes 0.",
    working: [`${setup} = ${formatNumber(z)}`, `hidden = max(0, ${formatNumber(z)}) = ${formatNumber(u)}`],
    value: u,
    setup,
    slips,
  };
}

/**
 * Works out a block-page exercise.
 * @throws RangeError or ShapeError when the numbers do not fit (an index out of range, lengths that differ)
 */
export function solveBlockExercise(spec: BlockExerciseSpec): SolvedExercise {
  if (spec.kind === "norm-entry") return solveNormEntry(spec.norm, spec.x, spec.j);
  return solveMlpUnit(spec.x, spec.column, spec.bias);
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const isSquare = (n: number) => n > 0 && Number.isInteger(Math.sqrt(n));

/**
 * A row of whole numbers −5 … 5 whose layer-norm σ (or RMS) is a whole number, so the division is
 * by a whole number; the authored row when none is found in a bounded search.
 */
function niceRow(rng: Rng, spec: Extract<BlockExerciseSpec, { kind: "norm-entry" }>): Vector {
  const d = spec.x.length;
  for (let tries = 0; tries < 2000; tries++) {
    const x = Array.from({ length: d }, () => int(rng, -5, 5));
    const sum = x.reduce((s, v) => s + v, 0);
    if (spec.norm === "rms" && isSquare(x.reduce((s, v) => s + v * v, 0) / d)) return x;
    if (spec.norm === "layer" && sum % d === 0) {
      const mean = sum / d;
      if (isSquare(x.reduce((s, v) => s + (v - mean) ** 2, 0) / d)) return x;
    }
  }
  return spec.x;
}

/** A variant of a block-page exercise: same kind and sizes, new small whole numbers. */
export function generateBlockExercise(spec: BlockExerciseSpec, rng: Rng): BlockExerciseSpec {
  if (spec.kind === "norm-entry") {
    return { ...spec, x: niceRow(rng, spec), j: int(rng, 0, spec.x.length - 1) };
  }
  const x = spec.x.map(() => int(rng, -3, 3));
  const column = spec.column.map(() => int(rng, -3, 3));
  return { kind: spec.kind, x, column, bias: int(rng, -2, 2) };
}
