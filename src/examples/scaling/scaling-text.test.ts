import { describe, expect, it } from "vitest";
import type { ScalingSample } from "./scaling-demo.ts";
import { describeScaledKey, describeVariance } from "./scaling-text.ts";

/** A hand-made sample: d_k = 4, one query, two keys. */
const small: ScalingSample = {
  keySize: 4,
  query: [1, 0, 2, -1],
  keys: [
    [0.5, 3, 1, 2],
    [1, 1, 1, 1],
  ],
  // By hand: q·k₀ = 1·0.5 + 0·3 + 2·1 + (−1)·2 = 0.5; q·k₁ = 1 + 0 + 2 − 1 = 2.
  scores: [0.5, 2],
  // Divided by √4 = 2.
  scaled: [0.25, 1],
  weights: [0.1824, 0.8176],
  scaledWeights: [0.3208, 0.6792],
  largestWeight: 0.8176,
  largestScaledWeight: 0.6792,
  varianceQueries: 64,
  varianceScores: 4096,
  variance: 4.1234,
  scaledVariance: 1.0308,
};

describe("describeScaledKey", () => {
  it("writes out q·k term by term for d_k ≤ 4: s = 1·0.5 + 0·3 + 2·1 + (−1)·2 = 0.5", () => {
    const text = describeScaledKey(small, 0);
    expect(text.score).toBe("s = q·k₀ = 1·0.5 + 0·3 + 2·1 + (−1)·2 = 0.5");
    expect(text.scaled).toBe("s / √dₖ = 0.5 / √4 = 0.25");
    expect(text.weights).toBe("Weight of k₀: 0.18 without scaling, 0.32 with it.");
  });

  it("for larger d_k gives the sum only, marking it ≈ when rounded", () => {
    const big: ScalingSample = { ...small, keySize: 64, scores: [7.4123, 2], scaled: [0.9265375, 0.25] };
    const text = describeScaledKey(big, 0);
    expect(text.score).toBe("s = q·k₀ ≈\u00a07.41, a sum of 64 products");
    expect(text.scaled).toBe("s / √dₖ = 7.41 / √64 ≈ 0.93");
  });

  it("shows tiny and near-one weights as <0.01 and >0.99", () => {
    const saturated: ScalingSample = { ...small, weights: [1e-9, 1 - 1e-9] };
    expect(describeScaledKey(saturated, 1).weights).toBe("Weight of k₁: >0.99 without scaling, 0.68 with it.");
  });
});

describe("describeVariance", () => {
  it("names the sample size and compares the variances with d_k and with 1", () => {
    expect(describeVariance(small)).toBe(
      "Variance of q·k over 4096 random scores (64 queries × 64 keys): ≈\u00a04.12, close to dₖ = 4. " +
        "Divided by √4: ≈\u00a01.03, close to 1.",
    );
  });
});
