import { describe, expect, it } from "vitest";
import { causalMaskExampleSchema } from "./causal-mask/CausalMaskExample.schema.ts";
import { describePropsProblem } from "../mdx/props-problem.ts";
import { scalingPlotSchema, scalingTableSchema } from "./scaling/ScalingPlot.schema.ts";
import { softmaxExampleSchema } from "./softmax/SoftmaxExample.schema.ts";

describe("softmaxExampleSchema", () => {
  it("accepts a score matrix, with or without square token labels", () => {
    expect(softmaxExampleSchema.safeParse({ id: "softmax", scores: [[2, 1, 0], [1, 3, 1]] }).success).toBe(true);
    expect(softmaxExampleSchema.safeParse({ id: "t", scores: [[1, 2], [3, 4]], tokens: ["the", "cat"] }).success).toBe(true);
  });

  it.each([
    [{ id: "s", scores: [[1, 2], [3]] }, /prop "scores": .*Row 1 has 1 entry but row 0 has 2/],
    [{ id: "s", scores: [[1, 2, 3]], tokens: ["a", "b", "c"] }, /prop "tokens": 3 tokens do not label a 1×3 matrix of scores/],
    [{ id: "s", scores: [[1]], extra: 1 }, /unknown prop "extra"/],
    [{ id: "Bad Id", scores: [[1]] }, /prop "id": .*kebab-case/],
    [{ id: "s", scores: [[1e6]] }, /prop "scores.0.0": a number between −9999 and 9999/],
  ])("rejects %j, saying what is wrong", (props, message) => {
    expect(describePropsProblem("SoftmaxExample", softmaxExampleSchema, props)).toMatch(message);
  });
});

describe("causalMaskExampleSchema", () => {
  it("defaults the mask to on", () => {
    expect(causalMaskExampleSchema.parse({ id: "m", scores: [[1, 2], [3, 4]] }).masked).toBe(true);
  });

  it("rejects a score matrix that is not square, with the math module's message", () => {
    expect(describePropsProblem("CausalMaskExample", causalMaskExampleSchema, { id: "m", scores: [[1, 2, 3], [4, 5, 6]] })).toMatch(
      /prop "scores": applyCausalMask: cannot causally mask a 2×3 matrix of scores; expected a square 2×2 matrix/,
    );
  });

  it("rejects the wrong number of tokens", () => {
    expect(
      describePropsProblem("CausalMaskExample", causalMaskExampleSchema, { id: "m", scores: [[1, 2], [3, 4]], tokens: ["a"] }),
    ).toMatch(/prop "tokens": 1 tokens do not label a 2×2 matrix/);
  });
});

describe("scalingPlotSchema and scalingTableSchema", () => {
  it("fill in 8 keys, the key sizes 1 … 1024 and dₖ = 64", () => {
    expect(scalingPlotSchema.parse({ id: "f", seed: 5 })).toEqual({
      id: "f",
      seed: 5,
      keys: 8,
      keySizes: [1, 4, 16, 64, 256, 1024],
      keySize: 64,
    });
    expect(scalingTableSchema.parse({ seed: 5 }).keySizes).toEqual([1, 4, 16, 64, 256, 1024]);
  });

  it.each([
    [{ id: "f", seed: 5, keySize: 32 }, /prop "keySize": 32 is not one of keySizes \(1, 4, 16, 64, 256, 1024\)/],
    [{ id: "f", seed: 5, keySizes: [4, 1], keySize: 4 }, /prop "keySizes": key sizes must increase: 4, 1/],
    [{ id: "f", seed: -1 }, /prop "seed"/],
    [{ id: "f", seed: 5, keys: 9 }, /prop "keys"/],
    [{ id: "f", seed: 5, keySizes: [1, 4096], keySize: 1 }, /prop "keySizes.1"/],
  ])("reject %j", (props, message) => {
    expect(describePropsProblem("ScalingPlot", scalingPlotSchema, props)).toMatch(message);
  });

  it("the table takes no id: it is static", () => {
    expect(describePropsProblem("ScalingTable", scalingTableSchema, { id: "x", seed: 5 })).toMatch(/unknown prop "id"/);
  });
});
