import { describe, expect, it } from "vitest";
import { attentionScores, dot, scaleScores, softmax } from "../../math/index.ts";
import { expectClose } from "../../math/test-utils.ts";
import { DEFAULT_KEY_SIZES, sampleScaling, varianceGridSize } from "./scaling-demo.ts";

describe("sampleScaling", () => {
  it("is reproducible: the same seed and key size give the same numbers", () => {
    expect(sampleScaling(5, 64, 8)).toEqual(sampleScaling(5, 64, 8));
    expect(sampleScaling(6, 64, 8).scores).not.toEqual(sampleScaling(5, 64, 8).scores);
  });

  it("scores one query of length d_k against `keys` keys of length d_k", () => {
    const sample = sampleScaling(5, 16, 8);
    expect(sample.query).toHaveLength(16);
    expect(sample.keys).toHaveLength(8);
    for (const key of sample.keys) expect(key).toHaveLength(16);
    expect(sample.scores).toHaveLength(8);
  });

  it("its scores, scaled scores and weights are the math module's, to the last bit", () => {
    const s = sampleScaling(5, 64, 8);
    expect(s.scores).toEqual(attentionScores([s.query], s.keys)[0]);
    expect(s.scores.map((_, j) => dot(s.query, s.keys[j]!))).toEqual(s.scores);
    expect(s.scaled).toEqual(scaleScores([s.scores], 64)[0]);
    expect(s.weights).toEqual(softmax(s.scores));
    expect(s.scaledWeights).toEqual(softmax(s.scaled));
    expect(s.largestWeight).toBe(Math.max(...s.weights));
  });

  it("divides by √d_k: with d_k = 64 each scaled score is the score / 8", () => {
    const s = sampleScaling(5, 64, 8);
    s.scores.forEach((score, j) => expectClose(s.scaled[j]!, score / 8, 1e-12));
  });

  it.each([...DEFAULT_KEY_SIZES])("d_k = %i: the variance of q·k is near d_k, of q·k / √d_k near 1", (dk) => {
    // Var(q·k) = d_k for unit-variance entries. The estimate comes from n² scores (n ≥ 5 here);
    // ±45 % is loose enough for the small grids at d_k = 1 and 1024 and still tells d_k from 1.
    const s = sampleScaling(5, dk, 8);
    expect(s.variance / dk).toBeGreaterThan(0.55);
    expect(s.variance / dk).toBeLessThan(1.45);
    expect(s.scaledVariance).toBeGreaterThan(0.55);
    expect(s.scaledVariance).toBeLessThan(1.45);
    expect(s.varianceScores).toBe(s.varianceQueries ** 2);
  });

  it("seed 5 (the page's): without scaling softmax saturates as d_k grows; with scaling it does not", () => {
    const largest = DEFAULT_KEY_SIZES.map((dk) => sampleScaling(5, dk, 8));
    // d_k = 64, 256, 1024: one key takes over 98 % of the weight when the scores are not scaled…
    for (const s of largest.slice(3)) expect(s.largestWeight).toBeGreaterThan(0.98);
    // …and never more than 60 % when they are.
    for (const s of largest) expect(s.largestScaledWeight).toBeLessThan(0.6);
  });

  it("at d_k = 1 scaling changes nothing: √1 = 1", () => {
    const s = sampleScaling(5, 1, 8);
    expect(s.scaled).toEqual(s.scores);
    expect(s.scaledWeights).toEqual(s.weights);
  });
});

describe("varianceGridSize", () => {
  it.each([
    [1, 64],
    [64, 64],
    [256, 64],
    [1024, 16],
  ])("d_k = %i: %i queries × as many keys, within 32768 random draws", (dk, n) => {
    expect(varianceGridSize(dk)).toBe(n);
    expect(2 * n * dk).toBeLessThanOrEqual(32768);
  });
});
