import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_NORM_EPSILON,
  explainLayerNorm,
  explainLayerNormEntry,
  explainRmsNorm,
  explainRmsNormEntry,
  layerNorm,
  layerNormRows,
  mean,
  normRows,
  rmsNorm,
  rmsNormRows,
  ShapeError,
} from "./index.ts";
import { expectClose, matrixArb, vectorArb } from "./test-utils.ts";

const X = [1, 2, 3, 6];
const GAIN = [1, 1, 2, 0.5];
const BIAS = [0, 1, 0, -1];

/** Σ v_j² / d, the population mean square. */
const meanSquare = (v: readonly number[]) => v.reduce((s, x) => s + x * x, 0) / v.length;
const variance = (v: readonly number[]) => meanSquare(v.map((x) => x - mean(v)));

describe("layer norm by hand: x = (1, 2, 3, 6)", () => {
  // mean 3, deviations (−2, −1, 0, 3), variance (4 + 1 + 0 + 9)/4 = 3.5; with ε = 0.5 the
  // denominator is √4 = 2, so normalised = (−1, −0.5, 0, 1.5) and
  // output = (1·−1 + 0, 1·−0.5 + 1, 2·0 + 0, 0.5·1.5 − 1) = (−1, 0.5, 0, −0.25).
  it("explainLayerNorm(x, gain, bias, 0.5) shows mean 3, variance 3.5, denominator 2", () => {
    const s = explainLayerNorm(X, GAIN, BIAS, 0.5);
    expect(s.mean).toBe(3);
    expect(s.deviations).toEqual([-2, -1, 0, 3]);
    expect(s.squares.terms.map((t) => t.product)).toEqual([4, 1, 0, 9]);
    expect(s.variance).toBe(3.5);
    expect(s.denominator).toBe(2);
    expect(s.normalised).toEqual([-1, -0.5, 0, 1.5]);
    expect(s.output).toEqual([-1, 0.5, 0, -0.25]);
  });

  it("layerNorm(x, gain, bias, 0) divides by √3.5 ≈ 1.870829", () => {
    expectClose(layerNorm(X, GAIN, BIAS, 0), [-1.0690449676496976, 0.4654775161751512, 0, -0.1982162742627268], 1e-12);
  });

  it("layerNorm(x, gain, bias) uses ε = 1e-5 when none is given", () => {
    expect(DEFAULT_NORM_EPSILON).toBe(1e-5);
    expectClose(layerNorm(X, GAIN, BIAS), [-1.0690434404458735, 0.46547827977706324, 0, -0.19821741966559492], 1e-12);
  });

  it("explainLayerNormEntry(…, j = 3) is 0.5 · (6 − 3)/2 + (−1) = −0.25", () => {
    expect(explainLayerNormEntry(X, GAIN, BIAS, 0.5, 3)).toEqual({
      index: 3,
      input: 6,
      centred: 3,
      mean: 3,
      spread: 3.5,
      epsilon: 0.5,
      denominator: 2,
      normalised: 1.5,
      gain: 0.5,
      bias: -1,
      output: -0.25,
    });
  });
});

describe("RMSNorm by hand: x = (1, 2, 3, 6)", () => {
  // mean square (1 + 4 + 9 + 36)/4 = 12.5; with ε = 3.5 the denominator is √16 = 4.
  it("explainRmsNorm(x, gain, 3.5) shows mean square 12.5 and denominator 4", () => {
    const s = explainRmsNorm(X, GAIN, 3.5);
    expect(s.meanSquare).toBe(12.5);
    expect(s.denominator).toBe(4);
    expect(s.normalised).toEqual([0.25, 0.5, 0.75, 1.5]);
    expect(s.output).toEqual([0.25, 0.5, 1.5, 0.75]);
  });

  it("rmsNorm(x, gain, 0) divides by √12.5 ≈ 3.535534 and subtracts no mean", () => {
    expectClose(
      rmsNorm(X, GAIN, 0),
      [0.282842712474619, 0.565685424949238, 1.697056274847714, 0.848528137423857],
      1e-12,
    );
  });

  it("explainRmsNormEntry(…, j = 2) is 2 · 3/4 = 1.5, with mean and bias 0", () => {
    expect(explainRmsNormEntry(X, GAIN, 3.5, 2)).toEqual({
      index: 2,
      input: 3,
      centred: 3,
      mean: 0,
      spread: 12.5,
      epsilon: 3.5,
      denominator: 4,
      normalised: 0.75,
      gain: 2,
      bias: 0,
      output: 1.5,
    });
  });
});

describe("what the norms guarantee (fast-check)", () => {
  const entry = fc.integer({ min: -100, max: 100 }).map((n) => n / 10);
  const row = fc.integer({ min: 2, max: 8 }).chain((d) => vectorArb(d, entry));
  const ones = (d: number) => new Array<number>(d).fill(1);
  const zeros = (d: number) => new Array<number>(d).fill(0);

  it("layerNorm(x, 1, 0, 0) has mean 0 and variance 1 for any row that is not constant", () => {
    fc.assert(
      fc.property(row, (x) => {
        fc.pre(variance(x) > 1e-6);
        const y = layerNorm(x, ones(x.length), zeros(x.length), 0);
        expectClose(mean(y), 0, 1e-9);
        expectClose(variance(y), 1, 1e-9);
      }),
    );
  });

  it("layerNorm(x, 1, 0, ε) has variance exactly var/(var + ε): ε only pulls it below 1", () => {
    fc.assert(
      fc.property(row, fc.constantFrom(1e-5, 0.1, 1), (x, eps) => {
        const v = variance(x);
        const y = layerNorm(x, ones(x.length), zeros(x.length), eps);
        expectClose(mean(y), 0, 1e-9);
        expectClose(variance(y), v / (v + eps), 1e-9);
      }),
    );
  });

  it("rmsNorm(x, 1, ε) has mean square ms/(ms + ε), ≈ 1 for a small ε", () => {
    fc.assert(
      fc.property(row, fc.constantFrom(0, 1e-5, 0.1), (x, eps) => {
        const ms = meanSquare(x);
        fc.pre(ms > 1e-6);
        expectClose(meanSquare(rmsNorm(x, ones(x.length), eps)), ms / (ms + eps), 1e-9);
      }),
    );
  });

  it("layerNorm ignores a shift and a positive scale of the row; rmsNorm ignores a positive scale", () => {
    fc.assert(
      fc.property(
        row,
        entry,
        fc.integer({ min: 1, max: 50 }).map((n) => n / 10),
        (x, shift, s) => {
          fc.pre(variance(x) > 1e-6);
          const g = ones(x.length);
          const b = zeros(x.length);
          expectClose(
            layerNorm(
              x.map((v) => s * v + shift),
              g,
              b,
              0,
            ),
            layerNorm(x, g, b, 0),
            1e-9,
          );
          expectClose(
            rmsNorm(
              x.map((v) => s * v),
              g,
              0,
            ),
            rmsNorm(x, g, 0),
            1e-9,
          );
        },
      ),
    );
  });

  it("layerNormRows and rmsNormRows treat each row on its own: row i equals the norm of row i alone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => matrixArb(n, 4, entry)),
        (M) => {
          const g = [1, 2, -1, 0.5];
          const b = [0, 1, 0, -1];
          layerNormRows(M, g, b).forEach((r, i) => expect(r).toEqual(layerNorm(M[i]!, g, b)));
          rmsNormRows(M, g).forEach((r, i) => expect(r).toEqual(rmsNorm(M[i]!, g)));
        },
      ),
    );
  });
});

describe("normRows and bad input", () => {
  it("normRows picks the norm by kind; layer norm's bias defaults to zeros", () => {
    expect(normRows([X], "layer", { gain: GAIN })).toEqual([layerNorm(X, GAIN, [0, 0, 0, 0])]);
    expect(normRows([X], "rms", { gain: GAIN }, 3.5)).toEqual([rmsNorm(X, GAIN, 3.5)]);
    expect(() => normRows([X], "rms", { gain: GAIN, bias: BIAS })).toThrow("RMSNorm has no bias");
  });

  it("layerNorm rejects a gain of the wrong length, naming both shapes", () => {
    expect(() => layerNorm(X, [1, 1], BIAS)).toThrow(ShapeError);
    expect(() => layerNorm(X, [1, 1], BIAS)).toThrow("cannot normalise a 1×4 row with a 1×2 gain");
  });

  it("layerNorm of a constant row with ε = 0 explains the 0/0 instead of returning NaN", () => {
    expect(() => layerNorm([2, 2, 2], [1, 1, 1], [0, 0, 0], 0)).toThrow("use an ε above 0");
    expect(layerNorm([2, 2, 2], [1, 1, 1], [0, 0, 0])).toEqual([0, 0, 0]);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rmsNorm rejects ε = %s", (eps) => {
    expect(() => rmsNorm(X, GAIN, eps)).toThrow("ε must be a finite number ≥ 0");
  });

  it("rmsNorm of an empty row says it has no entries", () => {
    expect(() => rmsNorm([], [])).toThrow("cannot normalise an empty row");
  });
});
