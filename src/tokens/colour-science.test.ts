import { describe, expect, it } from "vitest";
import {
  ciede2000,
  contrastRatio,
  DEFICIENCY_MATRICES,
  parseHex,
  simulateDeficiency,
  toLab,
  toLinear,
  type Deficiency,
  type Lab,
} from "./colour-science.ts";

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#767676", "#ffffff", 4.54],
    ["#777777", "#ffffff", 4.48],
  ])("contrastRatio(%s, %s) ≈ %d (WCAG 2 worked values)", (a, b, expected) => {
    expect(contrastRatio(parseHex(a), parseHex(b))).toBeCloseTo(expected, 2);
  });

  it("parseHex names what it received when it is not #rrggbb", () => {
    expect(() => parseHex("red")).toThrow(/Received colour "red"\. Expected six hex digits/);
  });
});

describe("toLab (D65)", () => {
  it.each([
    ["#ffffff", [100, 0, 0]],
    ["#000000", [0, 0, 0]],
    ["#ff0000", [53.24, 80.09, 67.2]],
    ["#0000ff", [32.3, 79.19, -107.86]],
  ] as const)("toLab(%s) ≈ %j", (hex, expected) => {
    const lab = toLab(parseHex(hex));
    lab.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 1));
  });
});

describe("ciede2000", () => {
  // Pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal's (2005) published test data.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)("ciede2000(%j, %j) = %d", (a, b, expected) => {
    expect(ciede2000(a as Lab, b as Lab)).toBeCloseTo(expected, 3);
    expect(ciede2000(b as Lab, a as Lab)).toBeCloseTo(expected, 3);
  });

  it("is 0 for a colour and itself", () => {
    expect(ciede2000([40, 20, -30], [40, 20, -30])).toBe(0);
  });
});

describe("simulateDeficiency (Machado et al. 2009, severity 1)", () => {
  const deficiencies: Deficiency[] = ["protanopia", "deuteranopia", "tritanopia"];

  it.each(deficiencies)("%s leaves white and greys unchanged (rows sum to 1)", (deficiency) => {
    for (const hex of ["#ffffff", "#808080", "#000000"]) {
      const out = simulateDeficiency(parseHex(hex), deficiency);
      out.forEach((channel, i) => expect(channel).toBeCloseTo(parseHex(hex)[i] ?? NaN, 4));
    }
  });

  it.each(deficiencies)(
    "%s maps pure red to the first column of the published matrix (clipped to the gamut)",
    (deficiency) => {
      const out = simulateDeficiency([1, 0, 0], deficiency).map(toLinear);
      DEFICIENCY_MATRICES[deficiency].forEach((row, i) =>
        expect(out[i]).toBeCloseTo(Math.min(1, Math.max(0, row[0])), 4),
      );
    },
  );

  it("red and green, far apart to typical vision, come close without L or M cones", () => {
    const red = parseHex("#d62728");
    const green = parseHex("#2ca02c");
    const normal = ciede2000(toLab(red), toLab(green));
    for (const deficiency of ["protanopia", "deuteranopia"] as const) {
      const seen = ciede2000(toLab(simulateDeficiency(red, deficiency)), toLab(simulateDeficiency(green, deficiency)));
      expect(seen).toBeLessThan(normal / 2);
    }
  });

  it("blue and green stay apart for protanopia but come closer with tritanopia", () => {
    const blue = parseHex("#1f77b4");
    const green = parseHex("#2ca02c");
    const dist = (d: Deficiency) => ciede2000(toLab(simulateDeficiency(blue, d)), toLab(simulateDeficiency(green, d)));
    expect(dist("tritanopia")).toBeLessThan(dist("protanopia"));
  });
});
