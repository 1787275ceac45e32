import { describe, expect, it } from "vitest";
import { describeMix, formatWeightedRows, weightedSumSymbols } from "./weighted-sum-words.ts";

describe("weighted sum words", () => {
  it("weightedSumSymbols(1, 3) is A₁₀·v₀ + A₁₁·v₁ + A₁₂·v₂", () => {
    expect(weightedSumSymbols(1, 3)).toBe("A₁₀·v₀ + A₁₁·v₁ + A₁₂·v₂");
  });

  it("formatWeightedRows writes weights times value rows and the given output, = when exact", () => {
    expect(
      formatWeightedRows(
        [0.5, 0.5],
        [
          [4, 0],
          [0, -2],
        ],
        [2, -1],
      ),
    ).toBe("0.5·(4, 0) + 0.5·(0, −2) = (2, −1)");
  });

  it("formatWeightedRows uses ≈ when a shown number is rounded", () => {
    expect(
      formatWeightedRows(
        [1 / 3, 2 / 3],
        [
          [3, 0],
          [0, 3],
        ],
        [1, 2],
      ),
    ).toBe("0.33·(3, 0) + 0.67·(0, 3) ≈ (1, 2)");
  });

  it("describeMix names tokens when given, else value rows", () => {
    expect(describeMix([0.25, 0.75], ["the", "cat"])).toBe("0.25 of “the”, 0.75 of “cat”");
    expect(describeMix([0.25, 0.75])).toBe("0.25 of v₀, 0.75 of v₁");
  });
});
