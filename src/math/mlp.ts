/**
 * The position-wise MLP of a transformer block: hidden = act(x·W1 + b1), out = hidden·W2 + b2,
 * applied to every token's row on its own (Vaswani et al. 2017, §3.3). W1 widens the row to
 * d_ff hidden units (4·d_model in GPT-2), W2 brings it back to d_model.
 *
 * GELU here is the tanh approximation GPT-2 and Google's original BERT code use:
 * gelu(z) = 0.5·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))) (Hendrycks & Gimpel 2016). The exact
 * form z·Φ(z) differs from it by less than 0.001.
 */
import { projectRows } from "./attention.ts";
import { explainProjection, type ProjectionExplanation } from "./explain.ts";
import { projectRow } from "./matrix.ts";
import { checkIndex, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { add } from "./vector.ts";

/** The nonlinearity between the two layers. */
export type Activation = "relu" | "gelu";

/** An MLP's weights and its activation. */
export interface MlpWeights {
  /** Shape [d_model, d_ff]: hidden unit u reads column u. */
  readonly W1: Matrix;
  /** Shape [d_ff]. */
  readonly b1: Vector;
  /** Shape [d_ff, d_out] (d_out = d_model inside a block). */
  readonly W2: Matrix;
  /** Shape [d_out]. */
  readonly b2: Vector;
  readonly activation: Activation;
}

/** One row through the MLP. */
export interface MlpResult {
  /** x·W1 + b1, shape [d_ff]: before the activation. */
  readonly pre: Vector;
  /** act(pre), shape [d_ff]. */
  readonly hidden: Vector;
  /** hidden·W2 + b2, shape [d_out]. */
  readonly output: Vector;
}

/** Every row through the MLP; row i of each matrix belongs to token i. */
export interface MlpRowsResult {
  /** Shape [n, d_ff]. */
  readonly pre: Matrix;
  /** Shape [n, d_ff]. */
  readonly hidden: Matrix;
  /** Shape [n, d_out]. */
  readonly output: Matrix;
}

/** How act(z) is computed; the GELU fields are present for "gelu" only. */
export interface ActivationExplanation {
  readonly activation: Activation;
  readonly input: number;
  /** z + 0.044715·z³ (GELU). */
  readonly cubic?: number;
  /** √(2/π)·cubic (GELU). */
  readonly tanhArgument?: number;
  /** tanh(tanhArgument) (GELU). */
  readonly tanh?: number;
  /** max(0, z) or 0.5·z·(1 + tanh). */
  readonly output: number;
}

/** How hidden[u] is reached: x against column u of W1, plus b1[u], then the activation. */
export interface HiddenUnitExplanation {
  readonly unit: number;
  readonly projection: ProjectionExplanation;
  readonly bias: number;
  /** projection.sum + bias, equal to pre[u]. */
  readonly pre: number;
  readonly activation: ActivationExplanation;
  /** Equal to hidden[u] exactly. */
  readonly hidden: number;
}

/** How output[j] is reached: the hidden row against column j of W2, plus b2[j]. */
export interface MlpOutputExplanation {
  readonly index: number;
  /** The whole hidden row, shape [d_ff]. */
  readonly hidden: Vector;
  readonly projection: ProjectionExplanation;
  readonly bias: number;
  /** projection.sum + bias, equal to output[j] exactly. */
  readonly output: number;
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/**
 * The steps of act(z).
 * @param z any finite number
 */
export function explainActivation(activation: Activation, z: number): ActivationExplanation {
  if (activation === "relu") return { activation, input: z, output: Math.max(0, z) };
  const cubic = z + 0.044715 * z ** 3;
  const tanhArgument = SQRT_2_OVER_PI * cubic;
  const tanh = Math.tanh(tanhArgument);
  return { activation, input: z, cubic, tanhArgument, tanh, output: 0.5 * z * (1 + tanh) };
}

/** ReLU: max(0, z). */
export function relu(z: number): number {
  return explainActivation("relu", z).output;
}

/** GELU, tanh approximation: 0.5·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))). */
export function gelu(z: number): number {
  return explainActivation("gelu", z).output;
}

/** "1 entry", "3 entries". */
function entries(n: number): string {
  return `${n} ${n === 1 ? "entry" : "entries"}`;
}

function checkMlp(op: string, dModel: number, { W1, b1, W2, b2 }: MlpWeights): void {
  const [r1, dff] = shapeOf(W1);
  const [r2, dOut] = shapeOf(W2);
  const fits: readonly [boolean, readonly number[], readonly number[], string][] = [
    [
      r1 === dModel,
      [1, dModel],
      [r1, dff],
      `a 1×${dModel} row cannot be multiplied by a ${r1}×${dff} W1; W1 needs one row per input component`,
    ],
    [
      b1.length === dff,
      [r1, dff],
      [b1.length],
      `W1 has ${dff} hidden units but b1 has ${entries(b1.length)}; b1 needs one per hidden unit`,
    ],
    [
      r2 === dff,
      [r1, dff],
      [r2, dOut],
      `W1 makes ${dff} hidden units but W2 (${r2}×${dOut}) has ${r2} rows; W2 needs one row per hidden unit`,
    ],
    [
      b2.length === dOut,
      [r2, dOut],
      [b2.length],
      `W2 has ${dOut} output columns but b2 has ${entries(b2.length)}; b2 needs one per output`,
    ],
  ];
  for (const [ok, left, right, detail] of fits) if (!ok) throw new ShapeError(op, left, right, `${detail}.`);
}

/**
 * One row through the MLP.
 * @param x shape [d_model]
 * @throws ShapeError when the weights do not fit x or each other
 */
export function mlp(x: Vector, weights: MlpWeights): MlpResult {
  checkMlp("mlp", x.length, weights);
  const pre = add(projectRow(x, weights.W1), weights.b1);
  const hidden = pre.map((z) => explainActivation(weights.activation, z).output);
  return { pre, hidden, output: add(projectRow(hidden, weights.W2), weights.b2) };
}

/**
 * Every row through the MLP, each on its own (no row reads another).
 * @param X shape [n, d_model]
 */
export function mlpRows(X: Matrix, weights: MlpWeights): MlpRowsResult {
  const [n, d] = shapeOf(X);
  if (n === 0) return { pre: [], hidden: [], output: [] };
  checkMlp("mlpRows", d, weights);
  const pre = projectRows(X, weights.W1).map((r) => add(r, weights.b1));
  const hidden = pre.map((r) => r.map((z) => explainActivation(weights.activation, z).output));
  const output = projectRows(hidden, weights.W2).map((r) => add(r, weights.b2));
  return { pre, hidden, output };
}

/**
 * The ingredients of mlp(x, weights).hidden[u].
 * @param u hidden unit, 0 … d_ff − 1
 */
export function explainHiddenUnit(x: Vector, weights: MlpWeights, u: number): HiddenUnitExplanation {
  checkMlp("explainHiddenUnit", x.length, weights);
  checkIndex("explainHiddenUnit", "hidden unit u =", u, weights.b1.length);
  const projection = explainProjection(x, weights.W1, u);
  const bias = weights.b1[u]!;
  const pre = add([projection.sum], [bias])[0]!;
  const activation = explainActivation(weights.activation, pre);
  return { unit: u, projection, bias, pre, activation, hidden: activation.output };
}

/**
 * The ingredients of mlp(x, weights).output[j].
 * @param j output index, 0 … d_out − 1
 */
export function explainMlpOutput(x: Vector, weights: MlpWeights, j: number): MlpOutputExplanation {
  const { hidden } = mlp(x, weights);
  checkIndex("explainMlpOutput", "output index j =", j, weights.b2.length);
  const projection = explainProjection(hidden, weights.W2, j);
  const bias = weights.b2[j]!;
  return { index: j, hidden, projection, bias, output: add([projection.sum], [bias])[0]! };
}
