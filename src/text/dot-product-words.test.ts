import { describe, expect, it } from "vitest";
import { explainAngle, explainNorm } from "../math/index.ts";
import { QUANTITIES, describeDirection, formatAngle, formatNormExpansion } from "./dot-product-words.ts";

describe("dot product words", () => {
  it("formatNormExpansion writes |v| = √(v·v) with ≈ only when the root is rounded", () => {
    expect(formatNormExpansion("a", explainNorm([3, 4]))).toBe("|a| = √(3·3 + 4·4) = √25 = 5");
    expect(formatNormExpansion("b", explainNorm([1, -2]))).toBe("|b| = √(1·1 + (−2)·(−2)) = √5 ≈ 2.24");
  });

  it("formatAngle gives one decimal and marks rounding", () => {
    expect(formatAngle(45.00000000000001)).toBe("θ = 45°");
    expect(formatAngle(171.86989764584402)).toBe("θ ≈ 171.9°");
  });

  it.each([
    [[3, 1], [1, 2], "within 90° of each other (θ = 45°): cos θ is positive"],
    [[3, 1], [-1, 3], "perpendicular (θ = 90°): cos θ is 0, so a·b is 0"],
    [[3, 1], [-2, -1], "more than 90° apart (θ ≈ 171.9°): cos θ is negative"],
  ])("describeDirection(%j, %j) says %s", (a, b, text) => {
    expect(describeDirection(explainAngle(a, b))).toContain(text);
  });

  it("QUANTITIES give the values, headers and expansions for a = (3, 4), b = (4, 3)", () => {
    // By hand: a·b = 24, |a| = |b| = 5, cos θ = 24/25 = 0.96, b on a = 24/5 = 4.8, θ = 16.26…°.
    const e = explainAngle([3, 4], [4, 3]);
    expect(QUANTITIES.map((q) => q.header)).toEqual(["a·b", "|a|", "|b|", "cos θ", "b on a"]);
    expect(QUANTITIES.map((q) => q.value(e))).toEqual([24, 5, 5, 0.96, 4.8]);
    expect(QUANTITIES[3]!.expansion(e)).toBe("cos θ = a·b / (|a|·|b|) = 24 / (5·5) = 0.96, so θ ≈ 16.3°");
    expect(QUANTITIES[4]!.expansion(e)).toBe("b on a = a·b / |a| = 24 / 5 = 4.8");
    expect(QUANTITIES[3]!.uses).toEqual([0, 1, 2]);
  });
});
