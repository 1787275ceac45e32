import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossDecodeStep, LimitError, sourceProjectionCounts } from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

// The cross-attention page's numbers: source "le chat noir dort", target so far "the black cat".
const X_SRC = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
  [0, 1, 1],
];
const X_TGT = [
  [1, 0, 0],
  [0, 0, 1],
  [0, 1, 0],
];
const WQ = [
  [2, 0],
  [-1, 2],
  [-1, -2],
];
const WV = [
  [1, 0],
  [0, 1],
  [1, 1],
];

describe("crossDecodeStep by hand: “black” (target row 1) at decode step 1", () => {
  const s = crossDecodeStep(X_TGT, X_SRC, WQ, WQ, WV, 1);

  it("keeps the source's K and V: X_src·W_K and X_src·W_V, four rows each", () => {
    expect(s.cache.K).toEqual([
      [2, 0],
      [-1, 2],
      [-1, -2],
      [-2, 0],
    ]);
    expect(s.cache.V).toEqual([
      [1, 0],
      [0, 1],
      [1, 1],
      [1, 2],
    ]);
  });

  // q = (0, 0, 1)·W_Q = (−1, −2); scores against the four keys (−2, −3, 5, 2), divided by √2;
  // softmax ≈ (0.0062676, 0.0030903, 0.8846020, 0.1060401); output ≈ (0.9969097, 1.0997725).
  it("computes only the new query (−1, −2) and scores it against all four kept keys", () => {
    expect(s.cached.q).toEqual([-1, -2]);
    expect(s.cached.scores).toEqual([-2, -3, 5, 2]);
    expectClose(s.cached.weights, [0.006267579988393, 0.003090347463092, 0.884601960495732, 0.106040112052783], 1e-12);
    expectClose(s.cached.output, [0.996909652536908, 1.09977253206439], 1e-12);
  });

  it("matches row 1 of the full recomputation over target rows 0 … 1 (2×4 scores)", () => {
    expect(s.full.scores).toHaveLength(2);
    expect(s.full.scores[0]).toHaveLength(4);
    expect(s.difference).toBeLessThanOrEqual(1e-12);
    expect(s.equal).toBe(true);
  });
});

describe("crossDecodeStep: every step equals recomputation (fast-check)", () => {
  it("for any rows and weights, the kept K and V give the full computation's row within 1e-12", () => {
    const entry = fc.integer({ min: -4, max: 4 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => matrixArb(n, 3, entry)),
        fc.integer({ min: 1, max: 5 }).chain((n) => matrixArb(n, 3, entry)),
        matrixArb(3, 2, entry),
        matrixArb(3, 2, entry),
        matrixArb(3, 2, entry),
        (tgt, src, wq, wk, wv) => {
          tgt.forEach((_, step) => {
            expect(crossDecodeStep(tgt, src, wq, wk, wv, step).difference).toBeLessThanOrEqual(1e-12);
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it("refuses a step with no target row, naming the range", () => {
    expect(() => crossDecodeStep(X_TGT, X_SRC, WQ, WQ, WV, 3)).toThrow(LimitError);
    expect(() => crossDecodeStep(X_TGT, X_SRC, WQ, WQ, WV, 3)).toThrow("from 0 to 2");
  });
});

describe("sourceProjectionCounts", () => {
  it.each([
    [4, 1, 4, 4],
    [4, 3, 4, 12],
    [10, 50, 10, 500],
  ])("%d source tokens over %d steps: %d rows kept once, %d if recomputed every step", (n, t, kept, recomputed) => {
    expect(sourceProjectionCounts(n, t)).toEqual({ kept, recomputed });
  });

  it("refuses zero steps", () => {
    expect(() => sourceProjectionCounts(4, 0)).toThrow(LimitError);
  });
});
