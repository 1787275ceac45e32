import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { explainScaledScore, scaleScores } from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

describe("explainScaledScore", () => {
  it("explainScaledScore(S, 4, i, j) divides by √4 = 2: 6 → 3", () => {
    const e = explainScaledScore(
      [
        [2, 6],
        [1, -3],
      ],
      4,
      0,
      1,
    );
    expect(e).toEqual({ row: 0, col: 1, score: 6, keySize: 4, root: 2, scaled: 3 });
  });

  it("explainScaledScore(S, 2, i, j) divides by √2 ≈ 1.414: 3 → ≈ 2.121", () => {
    const e = explainScaledScore([[3]], 2, 0, 0);
    expectClose(e.root, 1.41421356, 1e-8);
    expectClose(e.scaled, 2.12132034, 1e-8);
  });

  it("equals scaleScores(S, d_k)[i][j] exactly, for every entry", () => {
    fc.assert(
      fc.property(matrixArb(3, 4), fc.integer({ min: 1, max: 64 }), (S, dk) => {
        const scaled = scaleScores(S, dk);
        S.forEach((r, i) => r.forEach((_, j) => expect(explainScaledScore(S, dk, i, j).scaled).toBe(scaled[i]![j])));
      }),
    );
  });

  it.each([
    [0, 0, 0, /key size/],
    [4, 2, 0, /row index i = 2 is out of range/],
    [4, 0, 5, /column index j = 5 is out of range/],
  ])("explainScaledScore with d_k %i, i %i, j %i throws %s", (dk, i, j, message) => {
    expect(() =>
      explainScaledScore(
        [
          [1, 2],
          [3, 4],
        ],
        dk,
        i,
        j,
      ),
    ).toThrow(message);
  });
});
