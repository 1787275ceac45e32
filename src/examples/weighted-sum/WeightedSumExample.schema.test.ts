import { describe, expect, it } from "vitest";
import { weightedSumExampleSchema } from "./WeightedSumExample.schema.ts";

const weighted = {
  id: "weighted-sum",
  weights: [
    [0.5, 0.25, 0.25],
    [0.25, 0.5, 0.25],
    [0.1, 0.8, 0.1],
  ],
  V: [
    [4, 0],
    [0, 2],
    [2, 2],
  ],
  tokens: ["the", "cat", "sat"],
};

describe("weightedSumExampleSchema", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the page's props", weighted],
    [
      "weights that sum to 1 only up to floating point (0.1 + 0.2 + 0.7)",
      { id: "w", weights: [[0.1, 0.2, 0.7]], V: [[1], [2], [3]] },
    ],
    [
      "a one-hot row",
      {
        id: "w",
        weights: [[0, 1]],
        V: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
  ])("accepts %s", (_what, props) => {
    expect(weightedSumExampleSchema.parse(props)).toEqual(props);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "a row summing to 0.9",
      {
        ...weighted,
        weights: [
          [0.5, 0.25, 0.25],
          [0.2, 0.5, 0.2],
          [0.1, 0.8, 0.1],
        ],
      },
      "weights",
      "row 1 sums to 0.9",
    ],
    [
      "a negative weight",
      {
        ...weighted,
        weights: [
          [1.5, -0.25, -0.25],
          [0.25, 0.5, 0.25],
          [0.1, 0.8, 0.1],
        ],
      },
      "weights",
      "row 0 has a weight outside 0 … 1",
    ],
    [
      "a V with too few rows",
      {
        ...weighted,
        V: [
          [4, 0],
          [0, 2],
        ],
      },
      "V",
      "3×3 matrix by a 2×2 matrix",
    ],
    ["tokens that do not match", { ...weighted, tokens: ["a", "b"] }, "tokens", "2 tokens for 3 queries and 3 keys"],
  ])("rejects %s", (_what, props, prop, message) => {
    const result = weightedSumExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(prop);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
