import { describe, expect, it } from "vitest";
import {
  attentionScores,
  explainScore,
  explainWeightedSum,
  project,
  projectRows,
  scaleScores,
  scaledDotProductAttention,
  ShapeError,
} from "./index.ts";
import { expectClose } from "./test-utils.ts";

// A causal example worked by hand. Keys are the basis vectors e₀, e₁, e₂ (d_k = 4, √4 = 2),
// so score q_i·k_j is just Q[i][j].
const Q = [
  [0, 10, 10, 0],
  [2, 0, 6, 0],
  [4, 0, 0, 0],
];
const K = [
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
];
const V = [
  [10, 0],
  [0, 10],
  [100, 100],
];

describe("scaled dot-product attention by hand (causal, 3 tokens)", () => {
  const result = scaledDotProductAttention(Q, K, V, { causal: true });
  const e = Math.E;

  it("scores are q_i·k_j and scaled divides by √d_k = 2", () => {
    expect(result.scores).toEqual([
      [0, 10, 10],
      [2, 0, 6],
      [4, 0, 0],
    ]);
    expect(result.scaled).toEqual([
      [0, 5, 5],
      [1, 0, 3],
      [2, 0, 0],
    ]);
  });

  it("masked sets the future (j > i) to −∞ before softmax", () => {
    expect(result.masked).toEqual([
      [0, -Infinity, -Infinity],
      [1, 0, -Infinity],
      [2, 0, 0],
    ]);
  });

  it("weights are softmax across each row of the masked scores", () => {
    // Row 0: only key 0 → (1, 0, 0).
    // Row 1: (e¹, e⁰)/(e + 1) = (2.7182818/3.7182818, 1/3.7182818) = (0.7310586, 0.2689414).
    // Row 2: (e², 1, 1)/(e² + 2) = (7.3890561/9.3890561, 1/9.3890561, …) = (0.7869860, 0.1065070, 0.1065070).
    expectClose(result.weights, [
      [1, 0, 0],
      [e / (e + 1), 1 / (e + 1), 0],
      [(e * e) / (e * e + 2), 1 / (e * e + 2), 1 / (e * e + 2)],
    ]);
    expectClose(result.weights[2] ?? [], [0.786986, 0.106507, 0.106507], 1e-6);
  });

  it("output row i is the weighted sum of value rows", () => {
    // Row 0: 1·(10, 0) = (10, 0). Row 1: 0.7310586·(10, 0) + 0.2689414·(0, 10) = (7.310586, 2.689414).
    // Row 2: 0.786986·(10, 0) + 0.106507·(0, 10) + 0.106507·(100, 100)
    //      = (7.86986 + 10.6507, 1.06507 + 10.6507) = (18.52056, 11.71577).
    expectClose(
      result.output,
      [
        [10, 0],
        [7.310586, 2.689414],
        [18.52056, 11.71577],
      ],
      1e-6,
    );
  });

  it("without the mask, token 0 would mostly see the future", () => {
    // Row 0 unmasked: scaled (0, 5, 5) → weight of key 0 is 1/(1 + 2e⁵) ≈ 0.0034.
    const open = scaledDotProductAttention(Q, K, V);
    expect(open.masked).toBe(open.scaled);
    expectClose(open.weights[0]?.[0] ?? NaN, 1 / (1 + 2 * Math.exp(5)), 1e-9);
  });

  it("explainScore(Q, K, 1, 2) shows q₁·k₂ = 2·0 + 0·0 + 6·1 + 0·0 = 6", () => {
    const s = explainScore(Q, K, 1, 2);
    expect(s).toMatchObject({ row: 1, col: 2, rowVector: Q[1], columnVector: K[2], sum: 6 });
    expect(s.terms.map((t) => t.product)).toEqual([0, 0, 6, 0]);
  });

  it("explainWeightedSum(weights, V, 2, 0) lists weight × value for each key", () => {
    const w = explainWeightedSum(result.weights, V, 2, 0);
    expect(w.terms.map((t) => t.right)).toEqual([10, 0, 100]);
    expect(w.terms.map((t) => t.left)).toEqual(result.weights[2]);
    expect(w.sum).toBe(result.output[2]?.[0]);
  });
});

describe("attention shapes", () => {
  it("attentionScores rejects queries and keys of different sizes, naming both", () => {
    const attempt = () => attentionScores([[1, 2, 3]], [[1, 2]]);
    expect(attempt).toThrow(ShapeError);
    expect(attempt).toThrow("1×3 queries against 1×2 keys");
  });

  it("scaledDotProductAttention needs one value row per key", () => {
    expect(() => scaledDotProductAttention(Q, K, V.slice(0, 2))).toThrow("one value row per key");
  });

  it("scaleScores rejects a key size below 1", () => {
    expect(() => scaleScores([[1]], 0)).toThrow(RangeError);
  });

  it("projectRows(X, W) and project(X, W) are XW", () => {
    // [1 2; 0 1]·[1 10; 0 −1] = [1 8; 0 −1]
    expect(
      projectRows(
        [
          [1, 2],
          [0, 1],
        ],
        [
          [1, 10],
          [0, -1],
        ],
      ),
    ).toEqual([
      [1, 8],
      [0, -1],
    ]);
    expect(project).toBe(projectRows);
    expect(() => projectRows([[1, 2, 3]], [[1]])).toThrow("1×3 matrix of rows with a 1×1");
  });
});
