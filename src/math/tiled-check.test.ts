import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkFlashAttention,
  checkOnlineSoftmax,
  largestMatrixDifference,
  LimitError,
  TILED_TOLERANCE,
} from "./index.ts";
import { expectClose, matrixArb, smallDouble } from "./test-utils.ts";

describe("checkOnlineSoftmax", () => {
  it("checkOnlineSoftmax([1, 3, 2, 5, 4], 2) puts the plain softmax beside the online one and finds them equal", () => {
    // By hand (python3): e^(s − 5) / Σ = (0.0116562, 0.0861285, 0.0316849, 0.6364086, 0.2341217).
    const check = checkOnlineSoftmax([1, 3, 2, 5, 4], 2);
    expectClose(check.plain, [0.0116562, 0.0861285, 0.0316849, 0.6364086, 0.2341217], 1e-6);
    expectClose(check.online.weights, check.plain, 1e-12);
    expect(check.difference).toBeLessThanOrEqual(TILED_TOLERANCE);
    expect(check.equal).toBe(true);
    expect(check.online.steps).toHaveLength(3);
  });

  it("checkOnlineSoftmax refuses a tile size larger than the row", () => {
    expect(() => checkOnlineSoftmax([1, 2], 3)).toThrow(LimitError);
  });

  it("checkOnlineSoftmax is equal for every row and tile size", () => {
    const rowAndTile = fc
      .array(smallDouble, { minLength: 1, maxLength: 10 })
      .chain((row) => fc.tuple(fc.constant(row), fc.integer({ min: 1, max: row.length })));
    fc.assert(fc.property(rowAndTile, ([row, B]) => checkOnlineSoftmax(row, B).equal));
  });
});

describe("checkFlashAttention", () => {
  it("checkFlashAttention on q = (1, 2, 0), k = (1, 2, 3), v = (1, 0, 2) gives both outputs (1.4205125, 1.7495029, 1)", () => {
    // Worked in flash-attention.test.ts: row 0 is (e^−2·1 + e^−1·0 + 1·2)/(e^−2 + e^−1 + 1) = 1.4205125.
    const check = checkFlashAttention([[1], [2], [0]], [[1], [2], [3]], [[1], [0], [2]], {
      blockRows: 2,
      blockCols: 2,
    });
    expectClose(check.standard.output, [[1.4205125], [1.7495029], [1]], 1e-6);
    expectClose(check.flash.output, check.standard.output, 1e-12);
    expect(check.equal).toBe(true);
  });

  it("checkFlashAttention passes the causal mask to both sides", () => {
    const check = checkFlashAttention([[1], [2], [0]], [[1], [2], [3]], [[1], [0], [2]], {
      blockRows: 1,
      blockCols: 2,
      causal: true,
    });
    expect(check.standard.masked[0]![1]).toBe(-Infinity);
    expectClose(check.flash.output, [[1], [0.1192029], [1]], 1e-6);
    expect(check.equal).toBe(true);
  });

  it("checkFlashAttention is equal for every shape and block size", () => {
    const problem = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }))
      .chain(([n, t, d]) =>
        fc.record({
          Q: matrixArb(n, d, smallDouble),
          K: matrixArb(t, d, smallDouble),
          V: matrixArb(t, 2, smallDouble),
          Br: fc.integer({ min: 1, max: n }),
          Bc: fc.integer({ min: 1, max: t }),
        }),
      );
    fc.assert(
      fc.property(
        problem,
        ({ Q, K, V, Br, Bc }) => checkFlashAttention(Q, K, V, { blockRows: Br, blockCols: Bc }).equal,
      ),
    );
  });
});

describe("largestMatrixDifference", () => {
  it("largestMatrixDifference finds the largest |A − B| entry, 0 for equal matrices", () => {
    expect(
      largestMatrixDifference(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2.5],
          [2, 4],
        ],
      ),
    ).toBe(1);
    expect(largestMatrixDifference([[1, -2]], [[1, -2]])).toBe(0);
  });
});
