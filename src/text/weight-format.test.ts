import { describe, expect, it } from "vitest";
import { equalsOrApprox, formatWeight, weightRelation } from "./weight-format.ts";

describe("formatWeight", () => {
  it.each([
    [0, "0"],
    [1, "1"],
    [0.5, "0.5"],
    [0.2447, "0.24"],
    [0.004, "<0.01"],
    [1e-30, "<0.01"],
    [0.996, ">0.99"],
    [1 - 1e-12, ">0.99"],
  ])("formatWeight(%s) = %s", (weight, text) => {
    expect(formatWeight(weight)).toBe(text);
  });

  it("formatWeight(0.0004, 3) = <0.001 and formatWeight(0.9996, 3) = >0.999", () => {
    expect(formatWeight(0.0004, 3)).toBe("<0.001");
    expect(formatWeight(0.9996, 3)).toBe(">0.999");
  });
});

describe("weightRelation", () => {
  it.each([
    [0.6652, "≈\u00a00.67"],
    [0, "=\u00a00"],
    [1e-5, "<0.01"],
    [0.9999, ">0.99"],
  ])("weightRelation(%s) = %j, which contains the cell's text", (weight, text) => {
    expect(weightRelation(weight)).toBe(text);
    expect(text).toContain(formatWeight(weight));
  });
});

describe("equalsOrApprox", () => {
  it.each([
    [17, "=\u00a017"],
    [0.5, "=\u00a00.5"],
    [1 / 3, "≈\u00a00.33"],
    [-2.345, "≈\u00a0−2.35"],
  ])("equalsOrApprox(%s) = %j, with a no-break space", (n, text) => {
    expect(equalsOrApprox(n)).toBe(text);
  });
});
