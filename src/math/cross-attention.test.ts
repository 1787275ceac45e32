import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossAttendStep, crossAttention, encoderKv, identity, rowSums, ShapeError } from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

// Two target rows, three source rows, d_k = 1 (so scaled = scores).
const X_TGT = [
  [1, 0],
  [0, 1],
];
const X_SRC = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const WQ = [[1], [0]];
const WK = [[1], [1]];
const WV = identity(2);

describe("cross-attention by hand: 2 target rows attend to 3 source rows", () => {
  const r = crossAttention(X_TGT, X_SRC, WQ, WK, WV);

  it("Q comes from the target rows, K and V from the source rows", () => {
    expect(r.Q).toEqual([[1], [0]]);
    expect(r.K).toEqual([[1], [1], [2]]);
    expect(r.V).toEqual(X_SRC);
  });

  it("crossAttention's scores are rectangular, 2×3: one row per target token, one column per source token", () => {
    expect(r.scores).toEqual([
      [1, 1, 2],
      [0, 0, 0],
    ]);
    expect(r.masked).toEqual(r.scaled);
  });

  // Row 0: softmax(1, 1, 2) = (1, 1, e)/(2 + e); row 1: a third each. No mask, so every target row
  // sees every source row; output row 0 = ((1 + e)/(2 + e), (1 + e)/(2 + e)), row 1 = (2/3, 2/3).
  it("weights run over the source and sum to 1 per target row; output row 0 = ((1 + e)/(2 + e), same)", () => {
    const e = Math.E;
    expectClose(
      r.weights,
      [
        [1 / (2 + e), 1 / (2 + e), e / (2 + e)],
        [1 / 3, 1 / 3, 1 / 3],
      ],
      1e-12,
    );
    expectClose(rowSums(r.weights), [1, 1], 1e-12);
    expectClose(
      r.output,
      [
        [(1 + e) / (2 + e), (1 + e) / (2 + e)],
        [2 / 3, 2 / 3],
      ],
      1e-12,
    );
  });

  it("a later target row does not hide from an earlier one: target row 0 already sees source row 2", () => {
    expect(r.weights[0]![2]).toBeGreaterThan(0);
  });
});

describe("the encoder's K and V are computed once", () => {
  it("encoderKv(X_src, W_K, W_V) is X_src·W_K and X_src·W_V", () => {
    expect(encoderKv(X_SRC, WK, WV)).toEqual({ K: [[1], [1], [2]], V: X_SRC });
  });

  it("crossAttendStep row by row with the cached encoder K/V equals crossAttention (fast-check)", () => {
    const entry = fc.integer({ min: -20, max: 20 }).map((n) => n / 10);
    const sizes = fc.record({
      nTgt: fc.integer({ min: 1, max: 4 }),
      nSrc: fc.integer({ min: 1, max: 5 }),
      dk: fc.integer({ min: 1, max: 3 }),
    });
    const caseArb = sizes.chain(({ nTgt, nSrc, dk }) =>
      fc.tuple(
        matrixArb(nTgt, 3, entry),
        matrixArb(nSrc, 2, entry),
        matrixArb(3, dk, entry),
        matrixArb(2, dk, entry),
        matrixArb(2, 2, entry),
      ),
    );
    fc.assert(
      fc.property(caseArb, ([Xt, Xs, Wq, Wk, Wv]) => {
        const full = crossAttention(Xt, Xs, Wq, Wk, Wv);
        const kv = encoderKv(Xs, Wk, Wv);
        const before = JSON.stringify(kv);
        Xt.forEach((x, i) => {
          const step = crossAttendStep(x, Wq, kv);
          expectClose(step.q, full.Q[i]!, 1e-12);
          expectClose(step.scores, full.scores[i]!, 1e-12);
          expectClose(step.weights, full.weights[i]!, 1e-12);
          expectClose(step.output, full.output[i]!, 1e-12);
        });
        expect(JSON.stringify(kv)).toBe(before);
      }),
    );
  });
});

describe("bad input", () => {
  it("crossAttention rejects W_Q and W_K of different widths, naming both shapes", () => {
    expect(() =>
      crossAttention(
        X_TGT,
        X_SRC,
        [
          [1, 0],
          [0, 1],
        ],
        WK,
        WV,
      ),
    ).toThrow(ShapeError);
    expect(() =>
      crossAttention(
        X_TGT,
        X_SRC,
        [
          [1, 0],
          [0, 1],
        ],
        WK,
        WV,
      ),
    ).toThrow("cannot score 2×2 queries against 3×1 keys");
  });

  it("crossAttendStep rejects an encoder cache with no rows", () => {
    expect(() => crossAttendStep([1, 0], WQ, { K: [], V: [] })).toThrow("no source token to attend to");
  });
});
