import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainDot,
  explainProjection,
  formatDotExpansion,
  formatDotExpansionSoFar,
  formatFactor,
  formatNumber,
  formatTerms,
  isRounded,
  speakNumber,
  speakTerms,
  subscript,
} from "./index.ts";

describe("formatNumber", () => {
  it.each<[number, number | undefined, string]>([
    [17, undefined, "17"],
    [0.5, undefined, "0.5"],
    [-1, undefined, "−1"],
    [-0, undefined, "0"],
    [-0.001, undefined, "0"], // rounds to zero: no sign
    [2.5, 0, "3"], // half away from zero
    [-2.5, 0, "−3"],
    [1.005, 2, "1.01"], // the decimal a learner typed, not the binary 1.00499…
    [0.125, 2, "0.13"],
    [-0.125, 2, "−0.13"],
    [1 / 3, 2, "0.33"],
    [2 / 3, 3, "0.667"],
    [1.1, 2, "1.1"],
    [1234567, 2, "1234567"],
    [1e-7, 2, "0"],
    [-Infinity, undefined, "−∞"],
    [Infinity, undefined, "∞"],
    [NaN, undefined, "NaN"],
  ])("formatNumber(%s, %s) is %s", (n, maxDecimals, text) => {
    expect(formatNumber(n, maxDecimals)).toBe(text);
  });

  it("formatNumber(n) never prints an ASCII hyphen or NaN for finite n", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatNumber(n);
        expect(text).not.toContain("-");
        expect(text).not.toContain("NaN");
      }),
    );
  });

  it("formatNumber(n, 2) reads back within half a hundredth of n", () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (n) => {
        const back = Number(formatNumber(n, 2).replace("−", "-"));
        expect(Math.abs(back - n)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  it("formatNumber rejects a maxDecimals it cannot honour", () => {
    expect(() => formatNumber(1, -1)).toThrow(RangeError);
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError);
  });
});

describe("isRounded and formatFactor", () => {
  it.each<[number, number | undefined, boolean]>([
    [17, undefined, false],
    [0.5, undefined, false],
    [0.1 + 0.2, undefined, false], // float noise is not rounding
    [1 / 3, undefined, true],
    [0.125, 2, true],
    [0.125, 3, false],
    [-Infinity, undefined, false],
  ])("isRounded(%s, %s) is %s", (n, maxDecimals, expected) => {
    expect(isRounded(n, maxDecimals)).toBe(expected);
  });

  it.each<[number, string]>([
    [-1, "(−1)"],
    [3, "3"],
    [-0.001, "0"],
    [-Infinity, "(−∞)"],
  ])("formatFactor(%s) is %s", (n, text) => {
    expect(formatFactor(n)).toBe(text);
  });
});

describe("expansions", () => {
  const W = [
    [1, 10],
    [0, -1],
  ];

  it("formatTerms writes 2·10 + 3·(−1) with middle dots", () => {
    expect(formatTerms(explainProjection([2, 3], W, 1).terms)).toBe("2·10 + 3·(−1)");
    expect(formatTerms([])).toBe("0");
  });

  it.each([
    [0, "y₀ = 2·1 + 3·0 = 2"],
    [1, "y₁ = 2·10 + 3·(−1) = 17"],
  ])("formatDotExpansion for y_%s of the reference example", (j, text) => {
    expect(formatDotExpansion(`y${subscript(j)}`, explainProjection([2, 3], W, j))).toBe(text);
  });

  it.each([
    [1, "y₁ = 2·10"],
    [2, "y₁ = 2·10 + 3·(−1)"],
    [0, "y₁ = 2·10"],
    [5, "y₁ = 2·10 + 3·(−1)"],
  ])("formatDotExpansionSoFar(y₁, %s terms) writes that many terms and no result: %s", (count, text) => {
    expect(formatDotExpansionSoFar("y₁", explainProjection([2, 3], W, 1), count)).toBe(text);
  });

  it("formatDotExpansion is formatDotExpansionSoFar with every term, then the result", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: -99, max: 99 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          const e = explainDot(
            pairs.map(([a]) => a),
            pairs.map(([, b]) => b),
          );
          const full = formatDotExpansion("c", e);
          const start = formatDotExpansionSoFar("c", e, pairs.length);
          expect(full.startsWith(`${start} = `)).toBe(true);
          for (let k = 1; k < pairs.length; k++) {
            expect(start.startsWith(`${formatDotExpansionSoFar("c", e, k)} + `)).toBe(true);
          }
        },
      ),
    );
  });

  it("formatDotExpansion uses ≈ when the sum or a shown factor is rounded", () => {
    // 1·(1/3) = 0.333… shows as 0.33
    expect(formatDotExpansion("s", explainDot([1], [1 / 3]))).toBe("s = 1·0.33 ≈ 0.33");
    // 0.5·0.25 = 0.125: both factors shown exactly, the sum shows as 0.13
    expect(formatDotExpansion("p", explainDot([0.5], [0.25]))).toBe("p = 0.5·0.25 ≈ 0.13");
    // 3 · (1/3) = 1 exactly, but the shown 3·0.33 is 0.99: the shown sum, then the unrounded one
    expect(formatDotExpansion("s", explainDot([3], [1 / 3]))).toBe("s = 3·0.33 = 0.99 (unrounded: 1)");
  });

  it.each<[number, string]>([
    [0, "₀"],
    [12, "₁₂"],
    [-1, "₋₁"],
  ])("subscript(%s) is %s", (n, text) => {
    expect(subscript(n)).toBe(text);
  });

  it.each<[number, string]>([
    [-1, "minus 1"],
    [0.5, "0.5"],
    [17, "17"],
    [-Infinity, "minus infinity"],
  ])("speakNumber(%s) is %s", (n, text) => {
    expect(speakNumber(n)).toBe(text);
  });

  it("speakTerms reads 2 times 10 plus 3 times minus 1", () => {
    expect(speakTerms(explainProjection([2, 3], W, 1).terms)).toBe("2 times 10 plus 3 times minus 1");
  });
});

describe("formatDotExpansion keeps the shown digits checkable", () => {
  it("gives the sum of the shown terms beside the unrounded result when they round differently", () => {
    // By hand: shown 1.44·(−1) + 0.92·(−1) + 0.36·1 = −2.00, while the true sum is −2.013 → −2.01.
    const text = formatDotExpansion("logit", {
      terms: [
        { left: 1.444, right: -1 },
        { left: 0.924, right: -1 },
        { left: 0.355, right: 1 },
      ],
      sum: 1.444 * -1 + 0.924 * -1 + 0.355,
    } as never);
    expect(text).toBe("logit = 1.44·(−1) + 0.92·(−1) + 0.36·1 = −2 (unrounded: −2.01)");
  });

  it("keeps ≈ when the shown terms give the shown result", () => {
    // By hand: 0.5·0.25 = 0.125 exactly, shown 0.13 either way.
    const text = formatDotExpansion("p", { terms: [{ left: 0.5, right: 0.25 }], sum: 0.125 } as never);
    expect(text).toBe("p = 0.5·0.25 ≈ 0.13");
  });
});
