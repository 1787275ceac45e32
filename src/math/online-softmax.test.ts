import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainOnlineSoftmaxStep,
  explainOnlineWeight,
  LimitError,
  onlineSoftmax,
  onlineSoftmaxStep,
  softmax,
  splitIntoTiles,
} from "./index.ts";
import { expectClose, smallDouble } from "./test-utils.ts";

describe("onlineSoftmax by hand: row (1, 3, 2, 5, 4) in tiles of 2", () => {
  // Worked with e^−1 = 0.3678794, e^−2 = 0.1353353, e^−3 = 0.0497871:
  // tile 0 (1, 3): max 3; m −∞ → 3; factor 0 (first tile); l = 0 + e^−2 + e^0 = 1.1353353.
  // tile 1 (2, 5): max 5; m 3 → 5; factor e^(3−5) = 0.1353353; l = 1.1353353·0.1353353
  //   = 0.1536509, + e^−3 + e^0 = 1.2034380.
  // tile 2 (4): max 4; m stays 5; factor e^0 = 1; l = 1.2034380 + e^−1 = 1.5713174.
  // weights e^(s − 5)/1.5713174 = (0.0116562, 0.0861285, 0.0316849, 0.6364086, 0.2341217).
  const result = onlineSoftmax([1, 3, 2, 5, 4], 2);

  it.each([
    [0, [1, 3], 3, -Infinity, 3, 0, 0, 1.1353353],
    [1, [2, 5], 5, 3, 5, 0.1353353, 1.1353353, 1.203438],
    [2, [4], 4, 5, 5, 1, 1.203438, 1.5713174],
  ])(
    "onlineSoftmax tile %i: scores %j, tile max %d, m %d → %d, factor %d, l %d → %d",
    (t, scores, tileMax, mOld, mNew, factor, lOld, lNew) => {
      const step = result.steps[t]!;
      expect(step.scores).toEqual(scores);
      expect(step.tileMax).toBe(tileMax);
      expect(step.maxBefore).toBe(mOld);
      expect(step.maxAfter).toBe(mNew);
      expectClose(step.rescale, factor, 1e-6);
      expectClose(step.sumBefore, lOld, 1e-6);
      expectClose(step.sumAfter, lNew, 1e-6);
    },
  );

  it("onlineSoftmax returns the terms of each tile, named by their position in the row", () => {
    const terms = result.steps[1]!.terms;
    expect(terms.map((t) => t.index)).toEqual([2, 3]);
    expect(terms.map((t) => t.shifted)).toEqual([-3, 0]);
    expectClose(
      terms.map((t) => t.exp),
      [0.0497871, 1],
      1e-6,
    );
    expectClose(result.steps[1]!.rescaledSum, 0.1536509, 1e-6);
  });

  it("onlineSoftmax ends with m = 5, l = 1.5713174 and the softmax weights", () => {
    expect(result.max).toBe(5);
    expectClose(result.sum, 1.5713174, 1e-6);
    expectClose(result.weights, [0.0116562, 0.0861285, 0.0316849, 0.6364086, 0.2341217], 1e-6);
  });

  it("explainOnlineSoftmaxStep and explainOnlineWeight return exactly what onlineSoftmax computed", () => {
    expect(explainOnlineSoftmaxStep([1, 3, 2, 5, 4], 2, 1)).toEqual(result.steps[1]);
    const w = explainOnlineWeight([1, 3, 2, 5, 4], 2, 4);
    expect(w).toMatchObject({ index: 4, score: 4, max: 5, shifted: -1, sum: result.sum });
    expect(w.weight).toBe(result.weights[4]);
    expect(w.weight).toBe(w.exp / w.sum);
    expect(() => explainOnlineSoftmaxStep([1, 2], 1, 2)).toThrow("from 0 to 1");
    expect(() => explainOnlineWeight([1, 2], 1, -1)).toThrow(RangeError);
  });
});

describe("onlineSoftmax edge cases", () => {
  it("onlineSoftmaxStep's first-tile factor is 0 (m_old = −∞), applied to l = 0", () => {
    const step = onlineSoftmaxStep(-Infinity, 0, [2]);
    expect(step.rescale).toBe(0);
    expect(step.rescaledSum).toBe(0);
    expect(step.sumAfter).toBe(1);
  });

  it("onlineSoftmax over a wholly masked first tile keeps m = −∞, l = 0 without NaN", () => {
    // Tile 0 (−∞, −∞): m stays −∞, factor 0, l 0. Tile 1 (0, ln 3): m → ln 3, factor 0,
    // l = e^−ln3 + 1 = 4/3; weights (0, 0, 1/4, 3/4).
    const r = onlineSoftmax([-Infinity, -Infinity, 0, Math.log(3)], 2);
    expect(r.steps[0]).toMatchObject({ tileMax: -Infinity, maxAfter: -Infinity, rescale: 0, sumAfter: 0 });
    expect(r.steps[0]!.terms.map((t) => t.exp)).toEqual([0, 0]);
    expectClose(r.sum, 4 / 3, 1e-12);
    expectClose(r.weights, [0, 0, 0.25, 0.75], 1e-12);
  });

  it("tile size n gives one tile, the ordinary softmax's max and sum", () => {
    const r = onlineSoftmax([1, 2, 3], 3);
    expect(r.steps).toHaveLength(1);
    expect(r.max).toBe(3);
  });

  it.each([0, 4, 1.5, -1, Number.NaN])(
    "onlineSoftmax refuses tile size %d for a row of 3 with a LimitError naming 1 to 3",
    (B) => {
      expect(() => onlineSoftmax([1, 2, 3], B)).toThrow(LimitError);
      expect(() => onlineSoftmax([1, 2, 3], B)).toThrow(
        "the tile size B must be a whole number from 1 to 3 (the row's length)",
      );
    },
  );

  it("onlineSoftmax refuses an empty row, a fully masked row and an empty tile", () => {
    expect(() => onlineSoftmax([], 1)).toThrow("empty");
    expect(() => onlineSoftmax([-Infinity, -Infinity], 1)).toThrow("every entry is masked");
    expect(() => onlineSoftmaxStep(0, 1, [])).toThrow("empty");
  });

  it("splitIntoTiles([1, 2, 3, 4, 5], 2) cuts (1, 2), (3, 4), (5)", () => {
    expect(splitIntoTiles([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe("onlineSoftmax laws", () => {
  const rowAndTile = fc
    .array(smallDouble, { minLength: 1, maxLength: 12 })
    .chain((row) => fc.tuple(fc.constant(row), fc.integer({ min: 1, max: row.length })));

  it("onlineSoftmax(row, B).weights = softmax(row) for every row and tile size (1e-12)", () => {
    fc.assert(
      fc.property(rowAndTile, ([row, B]) => {
        const r = onlineSoftmax(row, B);
        expectClose(r.weights, softmax(row), 1e-12);
        expect(r.steps).toHaveLength(Math.ceil(row.length / B));
        expect(r.max).toBe(Math.max(...row));
      }),
    );
  });

  it("onlineSoftmax with masked (−∞) entries equals softmax as long as one entry is finite", () => {
    const masked = rowAndTile.chain(([row, B]) =>
      fc.tuple(
        fc.constant(row),
        fc.constant(B),
        fc.array(fc.boolean(), { minLength: row.length, maxLength: row.length }),
        fc.nat(row.length - 1),
      ),
    );
    fc.assert(
      fc.property(masked, ([row, B, hide, keep]) => {
        const scores = row.map((s, j) => (hide[j] && j !== keep ? -Infinity : s));
        const r = onlineSoftmax(scores, B);
        expectClose(r.weights, softmax(scores), 1e-12);
        scores.forEach((s, j) => s === -Infinity && expect(r.weights[j]).toBe(0));
      }),
    );
  });

  it("after every tile, l = Σ e^(s_j − m) over the entries seen so far", () => {
    fc.assert(
      fc.property(rowAndTile, ([row, B]) => {
        onlineSoftmax(row, B).steps.forEach((step) => {
          const seen = row.slice(0, step.start + step.scores.length);
          const direct = seen.reduce((sum, s) => sum + Math.exp(s - step.maxAfter), 0);
          expectClose(step.sumAfter, direct, 1e-12);
        });
      }),
    );
  });
});
