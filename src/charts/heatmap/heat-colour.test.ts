import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  DARK_RAMP,
  heatColours,
  inkOn,
  LIGHT_RAMP,
  rampColour,
  relativeLuminance,
  toHex,
  type Rgb,
} from "./heat-colour.ts";

const STEPS = Array.from({ length: 101 }, (_, k) => k / 100);

describe("heat colours", () => {
  it("rampColour(ramp, 0) and (ramp, 1) are the ramp's ends; t outside 0 … 1 is clamped", () => {
    expect(rampColour(LIGHT_RAMP, 0)).toEqual(LIGHT_RAMP.low);
    expect(rampColour(LIGHT_RAMP, 1)).toEqual(LIGHT_RAMP.high);
    expect(rampColour(LIGHT_RAMP, -0.5)).toEqual(LIGHT_RAMP.low);
    expect(rampColour(DARK_RAMP, 7)).toEqual(DARK_RAMP.high);
  });

  it("toHex writes two hex digits per channel", () => {
    expect(toHex([8, 48, 107])).toBe("#08306b");
    expect(toHex([255, 0, 15])).toBe("#ff000f");
  });

  it("relativeLuminance and contrastRatio match WCAG: black on white is 21:1", () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 12);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 9);
  });

  it.each([
    ["light", LIGHT_RAMP, -1],
    ["dark", DARK_RAMP, 1],
  ] as const)(
    "the %s ramp is monotone: a larger weight is always further from the background",
    (_, ramp, direction) => {
      const luminances = STEPS.map((t) => relativeLuminance(rampColour(ramp, t)));
      for (let k = 1; k < luminances.length; k++) {
        expect(Math.sign(luminances[k]! - luminances[k - 1]!)).not.toBe(-direction);
      }
      expect(Math.sign(luminances.at(-1)! - luminances[0]!)).toBe(direction);
    },
  );

  it.each([
    ["light", LIGHT_RAMP],
    ["dark", DARK_RAMP],
  ] as const)("every shade of the %s ramp has an ink with at least 4.5:1 contrast", (_, ramp) => {
    for (const t of STEPS) {
      const fill = rampColour(ramp, t);
      expect(contrastRatio(inkOn(fill), fill), `t = ${t}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("heatColours(t) gives dark ink on pale cells and white ink on deep ones", () => {
    expect(heatColours(0)).toEqual({
      fillLight: "#f7fbff",
      fillDark: "#1b232e",
      inkLight: "#000000",
      inkDark: "#ffffff",
    });
    const deep = heatColours(1);
    expect(deep.inkLight).toBe("#ffffff");
    expect(deep.inkDark).toBe("#000000");
  });

  it("inkOn picks the ink with the larger contrast", () => {
    const grey: Rgb = [200, 200, 200];
    expect(inkOn(grey)).toEqual([0, 0, 0]);
  });
});
