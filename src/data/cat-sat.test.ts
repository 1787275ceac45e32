import { describe, expect, it } from "vitest";
import { argmax, projectRows, rowSums, scaledDotProductAttention } from "../math/index.ts";
import { expectClose } from "../math/test-utils.ts";
import { catSat } from "./cat-sat.ts";

const { tokens, X, Wq, Wk, Wv } = catSat;
const result = scaledDotProductAttention(projectRows(X, Wq), projectRows(X, Wk), projectRows(X, Wv));

describe("the cat-sat example", () => {
  it("has one embedding row per token and one name per feature", () => {
    expect(X).toHaveLength(tokens.length);
    for (const row of X) expect(row).toHaveLength(catSat.features.length);
  });

  it("gives the raw scores worked out by hand", () => {
    // Q = X·W_q, e.g. q(sat) = 1·(4, 0, 0, 0) + (−1)·(0, 0, 0, 2) = (4, 0, 0, −2); K = X.
    // s(sat, cat) = (4, 0, 0, −2)·(1, 0, 0, −1) = 4 + 2 = 6.
    expect(result.scores).toEqual([
      [2, 5, 2, -2, -2, 1],
      [6, 2, 0, 0, 2, -2],
      [2, 6, 2, -2, -2, 2],
      [-2, 5, -2, 2, 2, 9],
      [-2, 1, -2, 2, 2, 5],
      [2, -2, -4, 4, 6, 2],
    ]);
  });

  it("divides by √4 = 2, so every scaled score is a whole or half number", () => {
    result.scaled.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(result.scores[i]![j]! / 2)));
  });

  it.each([
    ["The", "cat"],
    ["cat", "The"],
    ["sat", "cat"],
    ["on", "mat"],
    ["the", "mat"],
    ["mat", "the"],
  ])("the strongest key for %s is %s", (query, key) => {
    const i = tokens.indexOf(query);
    expect(tokens[argmax(result.weights[i]!)]).toBe(key);
  });

  it("gives the strongest key more than half of each query's weight", () => {
    for (const row of result.weights) expect(row[argmax(row)]).toBeGreaterThan(0.5);
  });

  it("sat's weight on cat is e³ / (3e¹ + e³ + 2e⁻¹ ) ≈ 0.69", () => {
    // Scaled row of sat: (1, 3, 1, −1, −1, 1).
    const e = Math.E;
    expectClose(result.weights[2]![1]!, e ** 3 / (3 * e + e ** 3 + 2 / e), 1e-12);
    expectClose(result.weights[2]![1]!, 0.6928, 1e-3);
  });

  it("makes every row of weights sum to 1", () => {
    expectClose(
      rowSums(result.weights),
      tokens.map(() => 1),
      1e-12,
    );
  });
});
