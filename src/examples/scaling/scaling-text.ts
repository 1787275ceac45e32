import { explainDot, formatDotExpansion, formatNumber, isRounded, subscript } from "../../math/index.ts";
import type { ScalingSample } from "./scaling-demo.ts";
import { equalsOrApprox, formatWeight } from "../../text/weight-format.ts";

/** Up to this key size the score is written out term by term; beyond, the terms would not fit. */
const MAX_EXPANDED_TERMS = 4;

/** What inspecting key j of the √dₖ figure shows. */
export interface ScaledKeyText {
  /** "s = q·k₃ ≈ 7.41, a sum of 64 products", or the terms themselves for small d_k. */
  readonly score: string;
  /** "s / √dₖ = 7.41 / √64 ≈ 0.93". */
  readonly scaled: string;
  /** "Weight of k₃: 0.97 without scaling, 0.12 with it." */
  readonly weights: string;
}

/** The readout for key j, built from the sample's own numbers and explainDot. */
export function describeScaledKey(sample: ScalingSample, j: number): ScaledKeyText {
  const key = `k${subscript(j)}`;
  const s = sample.scores[j] as number;
  const scaled = sample.scaled[j] as number;
  const d = sample.keySize;
  const score =
    d <= MAX_EXPANDED_TERMS
      ? formatDotExpansion(`s = q·${key}`, explainDot(sample.query, sample.keys[j] as readonly number[]))
      : `s = q·${key} ${equalsOrApprox(s)}, a sum of ${d} products`;
  const relation = isRounded(s) || isRounded(scaled) ? "≈" : "=";
  return {
    score,
    scaled: `s / √dₖ = ${formatNumber(s)} / √${d} ${relation} ${formatNumber(scaled)}`,
    weights: `Weight of ${key}: ${formatWeight(sample.weights[j] as number)} without scaling, ${formatWeight(sample.scaledWeights[j] as number)} with it.`,
  };
}

/** The variance sentence under the control: the numerical version of the figure's point. */
export function describeVariance(sample: ScalingSample): string {
  const n = sample.varianceQueries;
  return (
    `Variance of q·k over ${sample.varianceScores} random scores (${n} queries × ${n} keys): ` +
    `${equalsOrApprox(sample.variance)}, close to dₖ = ${sample.keySize}. ` +
    `Divided by √${sample.keySize}: ${equalsOrApprox(sample.scaledVariance)}, close to 1.`
  );
}
