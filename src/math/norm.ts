/**
 * Layer norm (Ba et al. 2016) and RMSNorm (Zhang & Sennrich 2019), one token (row) at a time.
 * Layer norm: subtract the row's mean, divide by √(variance + ε), then times gain plus bias.
 * RMSNorm: no mean and no bias; divide by √(mean square + ε), then times gain. The variance and
 * mean square divide by d (the population form, as PyTorch's LayerNorm does), not by d − 1.
 * A norm reads only its own row: no token's numbers reach another token here.
 */
import { explainDot, type DotExplanation } from "./explain.ts";
import { shapeOf, checkIndex, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { mean } from "./statistics.ts";

/** ε when none is given: PyTorch's LayerNorm default, also Llama 2's RMSNorm setting. */
export const DEFAULT_NORM_EPSILON = 1e-5;

/** Which norm a block uses: "layer" (GPT-2) or "rms" (Llama). */
export type NormKind = "layer" | "rms";

/** Every step of layer norm on one row of d numbers. */
export interface LayerNormSteps {
  readonly input: Vector;
  /** Σ x_j / d. */
  readonly mean: number;
  /** x − mean, shape [d]. */
  readonly deviations: Vector;
  /** deviations·deviations written out: the squares summed for the variance. */
  readonly squares: DotExplanation;
  /** Σ (x_j − mean)² / d. */
  readonly variance: number;
  readonly epsilon: number;
  /** √(variance + ε). */
  readonly denominator: number;
  /** deviations / denominator, shape [d]: mean 0, variance variance/(variance + ε) ≈ 1. */
  readonly normalised: Vector;
  readonly gain: Vector;
  readonly bias: Vector;
  /** gain_j · normalised_j + bias_j, shape [d]. */
  readonly output: Vector;
}

/** Every step of RMSNorm on one row of d numbers. */
export interface RmsNormSteps {
  readonly input: Vector;
  /** x·x written out: the squares summed for the mean square. */
  readonly squares: DotExplanation;
  /** Σ x_j² / d. */
  readonly meanSquare: number;
  readonly epsilon: number;
  /** √(mean square + ε), the root mean square (nudged by ε). */
  readonly denominator: number;
  /** x / denominator, shape [d]: mean square meanSquare/(meanSquare + ε) ≈ 1. */
  readonly normalised: Vector;
  readonly gain: Vector;
  /** gain_j · normalised_j, shape [d]. */
  readonly output: Vector;
}

/** How one output entry of a norm is reached; `bias` is 0 for RMSNorm. */
export interface NormEntryExplanation {
  readonly index: number;
  /** x_j. */
  readonly input: number;
  /** x_j − mean for layer norm; x_j itself for RMSNorm (nothing is subtracted). */
  readonly centred: number;
  /** The row's mean (layer norm) or 0 (RMSNorm). */
  readonly mean: number;
  /** The variance (layer norm) or the mean square (RMSNorm). */
  readonly spread: number;
  readonly epsilon: number;
  /** √(spread + ε). */
  readonly denominator: number;
  /** centred / denominator. */
  readonly normalised: number;
  readonly gain: number;
  readonly bias: number;
  /** gain · normalised + bias, equal to the norm's output[j] exactly. */
  readonly output: number;
}

function checkParams(op: string, x: Vector, gain: Vector, bias: Vector | undefined, epsilon: number): void {
  if (x.length === 0) throw new RangeError(`${op}: cannot normalise an empty row; it has no entries.`);
  for (const [name, p] of [
    ["gain", gain],
    ["bias", bias],
  ] as const) {
    if (p === undefined || p.length === x.length) continue;
    throw new ShapeError(
      op,
      [x.length],
      [p.length],
      `cannot normalise a 1×${x.length} row with a 1×${p.length} ${name}; the ${name} needs one ` +
        `entry per component (${x.length} ≠ ${p.length}).`,
    );
  }
  if (!(Number.isFinite(epsilon) && epsilon >= 0)) {
    throw new RangeError(`${op}: ε must be a finite number ≥ 0; received ${epsilon}.`);
  }
}

function checkDenominator(op: string, denominator: number, what: string): void {
  if (denominator > 0) return;
  throw new RangeError(
    `${op}: the ${what} is 0 and ε is 0, so every entry would be divided by √0 = 0; ` +
      `use an ε above 0 (such as ${DEFAULT_NORM_EPSILON}).`,
  );
}

/**
 * Layer norm of one row with every step.
 * @param x shape [d], d ≥ 1
 * @param gain shape [d] (γ)
 * @param bias shape [d] (β)
 * @param epsilon finite, ≥ 0
 * @throws ShapeError when gain or bias differs in length from x; RangeError for a bad ε, or a
 *   row whose entries are all equal when ε = 0
 */
export function explainLayerNorm(
  x: Vector,
  gain: Vector,
  bias: Vector,
  epsilon = DEFAULT_NORM_EPSILON,
): LayerNormSteps {
  checkParams("layerNorm", x, gain, bias, epsilon);
  const mu = mean(x);
  const deviations = x.map((v) => v - mu);
  const squares = explainDot(deviations, deviations);
  const variance = squares.sum / x.length;
  const denominator = Math.sqrt(variance + epsilon);
  checkDenominator("layerNorm", denominator, "variance (every entry equals the mean)");
  const normalised = deviations.map((v) => v / denominator);
  const output = normalised.map((v, j) => gain[j]! * v + bias[j]!);
  return { input: x, mean: mu, deviations, squares, variance, epsilon, denominator, normalised, gain, bias, output };
}

/**
 * Layer norm of one row: gain ⊙ (x − mean)/√(variance + ε) + bias.
 * @param x shape [d]
 * @returns shape [d]
 */
export function layerNorm(x: Vector, gain: Vector, bias: Vector, epsilon = DEFAULT_NORM_EPSILON): Vector {
  return explainLayerNorm(x, gain, bias, epsilon).output;
}

/**
 * RMSNorm of one row with every step.
 * @param x shape [d], d ≥ 1
 * @param gain shape [d]
 * @param epsilon finite, ≥ 0
 */
export function explainRmsNorm(x: Vector, gain: Vector, epsilon = DEFAULT_NORM_EPSILON): RmsNormSteps {
  checkParams("rmsNorm", x, gain, undefined, epsilon);
  const squares = explainDot(x, x);
  const meanSquare = squares.sum / x.length;
  const denominator = Math.sqrt(meanSquare + epsilon);
  checkDenominator("rmsNorm", denominator, "mean square (every entry is 0)");
  const normalised = x.map((v) => v / denominator);
  const output = normalised.map((v, j) => gain[j]! * v);
  return { input: x, squares, meanSquare, epsilon, denominator, normalised, gain, output };
}

/**
 * RMSNorm of one row: gain ⊙ x/√(mean square + ε).
 * @param x shape [d]
 * @returns shape [d]
 */
export function rmsNorm(x: Vector, gain: Vector, epsilon = DEFAULT_NORM_EPSILON): Vector {
  return explainRmsNorm(x, gain, epsilon).output;
}

/**
 * The ingredients of layerNorm(x, gain, bias, ε)[j].
 * @param j component index, 0 … d − 1
 */
export function explainLayerNormEntry(
  x: Vector,
  gain: Vector,
  bias: Vector,
  epsilon: number,
  j: number,
): NormEntryExplanation {
  const s = explainLayerNorm(x, gain, bias, epsilon);
  checkIndex("explainLayerNormEntry", "component index j =", j, x.length);
  return {
    index: j,
    input: x[j]!,
    centred: s.deviations[j]!,
    mean: s.mean,
    spread: s.variance,
    epsilon,
    denominator: s.denominator,
    normalised: s.normalised[j]!,
    gain: gain[j]!,
    bias: bias[j]!,
    output: s.output[j]!,
  };
}

/**
 * The ingredients of rmsNorm(x, gain, ε)[j] (mean and bias reported as 0).
 * @param j component index, 0 … d − 1
 */
export function explainRmsNormEntry(x: Vector, gain: Vector, epsilon: number, j: number): NormEntryExplanation {
  const s = explainRmsNorm(x, gain, epsilon);
  checkIndex("explainRmsNormEntry", "component index j =", j, x.length);
  return {
    index: j,
    input: x[j]!,
    centred: x[j]!,
    mean: 0,
    spread: s.meanSquare,
    epsilon,
    denominator: s.denominator,
    normalised: s.normalised[j]!,
    gain: gain[j]!,
    bias: 0,
    output: s.output[j]!,
  };
}

/**
 * Layer norm of every row separately.
 * @param X shape [n, d]
 * @returns shape [n, d]
 */
export function layerNormRows(X: Matrix, gain: Vector, bias: Vector, epsilon = DEFAULT_NORM_EPSILON): Matrix {
  shapeOf(X);
  return X.map((x) => layerNorm(x, gain, bias, epsilon));
}

/**
 * RMSNorm of every row separately.
 * @param X shape [n, d]
 * @returns shape [n, d]
 */
export function rmsNormRows(X: Matrix, gain: Vector, epsilon = DEFAULT_NORM_EPSILON): Matrix {
  shapeOf(X);
  return X.map((x) => rmsNorm(x, gain, epsilon));
}

/** A norm's weights: gain always, bias for layer norm only (zeros when left out). */
export interface NormWeights {
  readonly gain: Vector;
  readonly bias?: Vector;
}

/**
 * Either norm, row by row: layer norm (bias defaults to zeros) or RMSNorm (a bias is refused,
 * because RMSNorm has none).
 * @param X shape [n, d]
 * @returns shape [n, d]
 */
export function normRows(
  X: Matrix,
  kind: NormKind,
  { gain, bias }: NormWeights,
  epsilon = DEFAULT_NORM_EPSILON,
): Matrix {
  if (kind === "rms") {
    if (bias !== undefined) {
      throw new RangeError("normRows: RMSNorm has no bias; leave it out, or choose layer norm.");
    }
    return rmsNormRows(X, gain, epsilon);
  }
  return layerNormRows(X, gain, bias ?? gain.map(() => 0), epsilon);
}
