import { describe, expect, it } from "vitest";
import { expOf, formatDifference, positionsText, relation, show } from "./tiled-text.ts";

describe("tiled-text", () => {
  it.each([
    [0, "0"],
    [4.440892098500626e-16, "4.4 × 10⁻¹⁶"],
    [2.5e-13, "2.5 × 10⁻¹³"],
    [0.25, "0.25"],
  ])("formatDifference(%d) is %s", (d, text) => {
    expect(formatDifference(d)).toBe(text);
  });

  it("expOf writes the shift out, a negative one in parentheses", () => {
    expect(expOf(2, 5)).toBe("exp(2 − 5)");
    expect(expOf(1, -2)).toBe("exp(1 − (−2))");
    expect(expOf(0.1234, 1)).toBe("exp(0.123 − 1)");
  });

  it("show and relation: 3 places, ≈ only where digits were dropped", () => {
    expect([show(Math.exp(-2)), relation(Math.exp(-2))]).toEqual(["0.135", "≈"]);
    expect([show(0.25), relation(0.25)]).toEqual(["0.25", "="]);
    expect(show(-Infinity)).toBe("−∞");
  });

  it.each([
    [4, 1, "position 4"],
    [2, 2, "positions 2 and 3"],
    [0, 3, "positions 0 to 2"],
  ])("positionsText(%i, %i) is %s", (start, count, text) => {
    expect(positionsText(start, count)).toBe(text);
  });
});
