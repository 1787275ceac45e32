/**
 * The MLP example's arithmetic as text: a hidden unit (its pre-activation, pre, and the activation),
 * an output entry, and the activation's own steps. Every number comes from the explain forms in
 * src/math/mlp.ts; "≈" wherever a shown number is rounded.
 */
import {
  formatFactor,
  formatNumber,
  formatTerms,
  isRounded,
  subscript,
  type Activation,
  type ActivationExplanation,
  type HiddenUnitExplanation,
  type MlpOutputExplanation,
} from "../../math/index.ts";

/** The activation as the page names it. */
export const ACTIVATION_NAME: Readonly<Record<Activation, string>> = { relu: "ReLU", gelu: "GELU" };

const rel = (...shown: number[]) => (shown.some((n) => isRounded(n)) ? "≈" : "=");

/**
 * act(pre) written out: "ReLU(−1) = max(0, −1) = 0", or for GELU
 * "GELU(−1) = 0.5·(−1)·(1 + tanh(√(2/π)·(−1.04))) ≈ 0.5·(−1)·(1 + tanh(−0.83)) ≈ 0.5·(−1)·(1 + (−0.68)) ≈ −0.16".
 */
export function activationText(e: ActivationExplanation): string {
  const z = formatFactor(e.input);
  const head = `${ACTIVATION_NAME[e.activation]}(${formatNumber(e.input)})`;
  if (e.activation === "relu")
    return `${head} = max(0, ${formatNumber(e.input)}) ${rel(e.output)} ${formatNumber(e.output)}`;
  const cubic = e.cubic!;
  const argument = e.tanhArgument!;
  const tanh = e.tanh!;
  return (
    `${head} ${rel(e.input, cubic)} 0.5·${z}·(1 + tanh(√(2/π)·${formatFactor(cubic)})) ` +
    `${rel(e.input, cubic, argument)} 0.5·${z}·(1 + tanh(${formatNumber(argument)})) ` +
    `${rel(e.input, tanh)} 0.5·${z}·(1 + ${formatFactor(tanh)}) ${rel(e.output)} ${formatNumber(e.output)}`
  );
}

/** Where GELU's cubic comes from, for the readout: "pre + 0.044715·pre³ = −1 + 0.044715·(−1)³ ≈ −1.04". */
export function geluCubicText(e: ActivationExplanation): string | null {
  if (e.activation !== "gelu") return null;
  const z = formatFactor(e.input);
  return `pre + 0.044715·pre³ = ${formatNumber(e.input)} + 0.044715·${z}³ ${rel(e.input, e.cubic!)} ${formatNumber(e.cubic!)}`;
}

/** "pre₂ = 2·0 + 1·(−2) + 1 = −1": x against column k of W₁, plus b₁ entry k. */
export function preActivationText(e: HiddenUnitExplanation): string {
  const k = subscript(e.unit);
  const shown = [...e.projection.terms.flatMap((t) => [t.left, t.right]), e.bias];
  return `pre${k} = ${formatTerms(e.projection.terms)} + ${formatFactor(e.bias)} ${rel(...shown, e.pre)} ${formatNumber(e.pre)}`;
}

/** "hidden₂ = ReLU(pre₂) = ReLU(−1) = max(0, −1) = 0". */
export function hiddenUnitText(e: HiddenUnitExplanation): string {
  const k = subscript(e.unit);
  return `hidden${k} = ${ACTIVATION_NAME[e.activation.activation]}(pre${k}) = ${activationText(e.activation)}`;
}

/** "MLP(x)₀ = 3·1 + 0·0 + 0·1 + 2·(−1) + 0 = 1": the hidden row against column j of W₂, plus b₂ entry j. */
export function mlpOutputText(e: MlpOutputExplanation): string {
  const shown = [...e.projection.terms.flatMap((t) => [t.left, t.right]), e.bias];
  return `MLP(x)${subscript(e.index)} = ${formatTerms(e.projection.terms)} + ${formatFactor(e.bias)} ${rel(...shown, e.output)} ${formatNumber(e.output)}`;
}
