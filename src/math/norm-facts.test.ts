import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layerNorm, rowSpread, rmsNorm } from "./index.ts";
import { expectClose, vectorArb } from "./test-utils.ts";

describe("rowSpread", () => {
  // (8, 2, 2, 0): mean 3, deviations (5, −1, −1, −3), variance (25 + 1 + 1 + 9)/4 = 9,
  // mean square (64 + 4 + 4 + 0)/4 = 18.
  it("rowSpread((8, 2, 2, 0)) is mean 3, variance 9, mean square 18 (divided by d = 4)", () => {
    expect(rowSpread([8, 2, 2, 0])).toEqual({ mean: 3, variance: 9, meanSquare: 18 });
  });

  it("rowSpread of one number: that number, variance 0", () => {
    expect(rowSpread([-2])).toEqual({ mean: -2, variance: 0, meanSquare: 4 });
  });

  it("refuses an empty row", () => {
    expect(() => rowSpread([])).toThrow(RangeError);
  });

  it("after layer norm (gain 1, bias 0, ε = 0) a non-constant row has mean 0 and variance 1; after RMSNorm mean square 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((d) => vectorArb(d)),
        (x) => {
          fc.pre(x.some((v) => v !== x[0]));
          const ones = x.map(() => 1);
          const layer = rowSpread(
            layerNorm(
              x,
              ones,
              x.map(() => 0),
              0,
            ),
          );
          expectClose(layer.mean, 0, 1e-12);
          expectClose(layer.variance, 1, 1e-12);
          expectClose(rowSpread(rmsNorm(x, ones, 0)).meanSquare, 1, 1e-12);
        },
      ),
    );
  });
});
