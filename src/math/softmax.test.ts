import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainSoftmax, softmax, softmaxRows } from "./index.ts";
import { dim, expectClose, smallDouble, vectorArb } from "./test-utils.ts";

describe("softmax by hand", () => {
  it("softmax([1, 2, 3]) ≈ (0.0900306, 0.2447285, 0.6652410)", () => {
    // Shift by the max 3: exp(−2) = 0.1353353, exp(−1) = 0.3678794, exp(0) = 1,
    // sum = 1.5032147; 0.1353353/1.5032147 = 0.0900306, 0.3678794/1.5032147 = 0.2447285,
    // 1/1.5032147 = 0.6652410.
    expectClose(softmax([1, 2, 3]), [0.0900306, 0.2447285, 0.665241], 1e-6);
  });

  it("softmax gives a masked (−∞) entry weight exactly 0", () => {
    // exp(0) = 1 and exp(−∞) = 0, so the weights are 1/1 and 0/1.
    expect(softmax([0, -Infinity])).toEqual([1, 0]);
  });

  it("softmax treats 0 as an ordinary score, not a mask: softmax([0, 0]) = (0.5, 0.5)", () => {
    expectClose(softmax([0, 0]), [0.5, 0.5]);
  });

  it("softmax([1000, 1000]) stays finite because the max is subtracted first", () => {
    // Naively exp(1000) = ∞ and ∞/∞ = NaN; shifted, it is exp(0)/(1 + 1) = 0.5 each.
    expectClose(softmax([1000, 1000]), [0.5, 0.5]);
  });

  it("softmax of a fully masked row throws an Error explaining every entry is masked", () => {
    expect(() => softmax([-Infinity, -Infinity])).toThrow("every entry is masked");
    expect(() =>
      softmaxRows([
        [0, 1],
        [-Infinity, -Infinity],
      ]),
    ).toThrow("row 1");
    expect(() => softmax([])).toThrow(RangeError);
  });

  it("softmaxRows works across each row, not down columns", () => {
    // Row 0: exp(0)/(exp(0)+exp(0)) = 0.5 each. Row 1 (0, −∞): (1, 0).
    expectClose(
      softmaxRows([
        [5, 5],
        [0, -Infinity],
      ]),
      [
        [0.5, 0.5],
        [1, 0],
      ],
    );
  });

  it("explainSoftmax([1, 2, 3], 2) shows max, shifted scores, exps and their sum", () => {
    const e = explainSoftmax([1, 2, 3], 2);
    expect(e.max).toBe(3);
    expect(e.shifted).toEqual([-2, -1, 0]);
    expectClose(e.exps, [0.1353353, 0.3678794, 1], 1e-6);
    expectClose(e.sumExp, 1.5032147, 1e-6);
    expectClose(e.weight, 0.665241, 1e-6);
    expect(e.index).toBe(2);
    expect(explainSoftmax([0, -Infinity], 1).exps).toEqual([1, 0]);
    expect(() => explainSoftmax([1, 2], 2)).toThrow("from 0 to 1");
  });
});

describe("softmax laws", () => {
  const row = dim.chain((n) => vectorArb(n, smallDouble));

  it("softmax(row) entries are in [0, 1] and sum to 1", () => {
    fc.assert(
      fc.property(row, (r) => {
        const w = softmax(r);
        w.forEach((v) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        });
        expectClose(
          w.reduce((a, b) => a + b, 0),
          1,
          1e-12,
        );
      }),
    );
  });

  it("softmax(row + c) = softmax(row) for any shift c", () => {
    fc.assert(
      fc.property(row, smallDouble, (r, c) => {
        expectClose(softmax(r.map((v) => v + c)), softmax(r), 1e-9);
      }),
    );
  });

  it("softmax keeps masked entries at exactly 0 and the rest sums to 1", () => {
    const masked = row.chain((r) => fc.tuple(fc.constant(r), vectorArb(r.length, fc.boolean())));
    fc.assert(
      fc.property(masked, ([r, hide]) => {
        const scores = r.map((v, k) => (hide[k] && k > 0 ? -Infinity : v)); // entry 0 always visible
        const w = softmax(scores);
        scores.forEach((s, k) => {
          if (s === -Infinity) expect(w[k]).toBe(0);
        });
        expectClose(
          w.reduce((a, b) => a + b, 0),
          1,
          1e-12,
        );
      }),
    );
  });

  it("explainSoftmax(row, j).weight === softmax(row)[j]", () => {
    fc.assert(
      fc.property(row, (r) => {
        const w = softmax(r);
        w.forEach((wj, j) => expect(explainSoftmax(r, j).weight).toBe(wj));
      }),
    );
  });
});
