import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attentionScores, mean, mulberry32, randomMatrix, rowSums, sampleVariance, softmaxRows, sum } from "./index.ts";
import { dim, expectClose, matrixArb, smallDouble, vectorArb } from "./test-utils.ts";

describe("sum, rowSums and mean by hand", () => {
  it.each([
    [[], 0],
    [[2], 2],
    [[1, -2, 3.5], 2.5],
  ])("sum(%j) = %s", (v, expected) => {
    expectClose(sum(v), expected);
  });

  it("rowSums([[1, 2], [3, −4]]) = (3, −1)", () => {
    expect(
      rowSums([
        [1, 2],
        [3, -4],
      ]),
    ).toEqual([3, -1]);
  });

  it("mean([2, 4, 9]) = 15 / 3 = 5", () => {
    expectClose(mean([2, 4, 9]), 5);
  });

  it("mean([]) throws a RangeError naming the call", () => {
    expect(() => mean([])).toThrow(/mean: needs at least 1 number/);
  });
});

describe("sampleVariance", () => {
  it("sampleVariance([2, 4, 9]) = ((−3)² + (−1)² + 4²) / (3 − 1) = 26 / 2 = 13", () => {
    expectClose(sampleVariance([2, 4, 9]), 13);
  });

  it("sampleVariance of equal numbers is 0", () => {
    expect(sampleVariance([7, 7, 7])).toBe(0);
  });

  it("sampleVariance needs two numbers: one number has no spread to estimate", () => {
    expect(() => sampleVariance([1])).toThrow(/sampleVariance: needs at least 2 numbers; received a list of 1/);
  });

  it("sampleVariance(v + c) = sampleVariance(v) and sampleVariance(a·v) = a²·sampleVariance(v)", () => {
    fc.assert(
      fc.property(
        dim.chain((n) => vectorArb(n + 1, smallDouble)),
        smallDouble,
        (v, c) => {
          const base = sampleVariance(v);
          expectClose(sampleVariance(v.map((x) => x + c)), base, 1e-6);
          expectClose(sampleVariance(v.map((x) => 3 * x)), 9 * base, 1e-6);
        },
      ),
    );
  });

  it("q·k of unit-variance entries has variance close to d_k (2000 seeded pairs, d_k = 16)", () => {
    // Var(q·k) = Σ Var(q_i k_i) = d_k · 1 · 1 = 16; with 2000 samples the estimate is within ~5%.
    const rng = mulberry32(11);
    const Q = randomMatrix(rng, 2000, 16, { kind: "normal" });
    const K = randomMatrix(rng, 2000, 16, { kind: "normal" });
    const scores = Q.map((q, i) => attentionScores([q], [K[i]!])[0]![0]!);
    const variance = sampleVariance(scores);
    expect(variance).toBeGreaterThan(16 * 0.85);
    expect(variance).toBeLessThan(16 * 1.15);
  });
});

describe("rowSums of softmax weights", () => {
  it("every row of softmaxRows(M) sums to 1", () => {
    fc.assert(
      fc.property(
        dim.chain((m) => dim.chain((n) => matrixArb(m, n, smallDouble))),
        (M) => {
          for (const total of rowSums(softmaxRows(M))) expectClose(total, 1, 1e-12);
        },
      ),
    );
  });
});
