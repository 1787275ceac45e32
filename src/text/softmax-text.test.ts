import { describe, expect, it } from "vitest";
import { describeSoftmaxWeight } from "./softmax-text.ts";

describe("describeSoftmaxWeight", () => {
  it("row (1, 3, 1), weight 1: shifts by 3, then 1 / (0.135 + 1 + 0.135) ≈ 0.787", () => {
    // By hand: max 3, shifted (−2, 0, −2), exp(−2) = 0.1353…, sum = 1 + 2·0.1353… = 1.2707…,
    // weight = 1 / 1.2707 = 0.78698… → 0.787.
    const text = describeSoftmaxWeight([1, 3, 1], 1, 1);
    expect(text.name).toBe("A₁₁");
    expect(text.formula).toBe("A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)");
    expect(text.max).toBe("3");
    expect(text.shifted).toBe("(−2, 0, −2)");
    expect(text.expansion).toBe(
      "A₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−2)) ≈ 1 / (0.135 + 1 + 0.135) ≈ 1 / 1.271 ≈ 0.787",
    );
    expect(text.masked).toEqual([]);
  });

  it("equal scores (0, 0, 0): every weight is 1 / 3, shown with = until the final rounding", () => {
    // exp(0) = 1 exactly, the sum 3 exactly; only 1/3 ≈ 0.333 is rounded.
    const text = describeSoftmaxWeight([0, 0, 0], 2, 0);
    expect(text.expansion).toBe("A₂₀ = exp(0) / (exp(0) + exp(0) + exp(0)) = 1 / (1 + 1 + 1) = 1 / 3 ≈ 0.333");
    expect(text.spoken).toContain("about 0.333");
  });

  it("masked keys (−∞) add exp(−∞) = 0: row (2, −∞, −∞) gives weight exactly 1 for key 0", () => {
    const text = describeSoftmaxWeight([2, -Infinity, -Infinity], 0, 0);
    expect(text.shifted).toBe("(0, −∞, −∞)");
    expect(text.expansion).toBe("A₀₀ = exp(0) / (exp(0) + exp(−∞) + exp(−∞)) = 1 / (1 + 0 + 0) = 1 / 1 = 1");
    expect(text.masked).toEqual([1, 2]);
    expect(text.spoken).toBe(
      "a 0 0 equals exp of 0, divided by exp of 0 plus exp of minus infinity plus exp of minus infinity. " +
        "That is 1 divided by 1, exactly 1.",
    );
  });

  it("a masked key's own weight is exp(−∞) / … = 0", () => {
    // Row (1, 2, −∞): max 2, exps (0.3679, 1, 0); A₁₂ = 0 / 1.3679 = 0.
    const text = describeSoftmaxWeight([1, 2, -Infinity], 1, 2);
    expect(text.expansion).toBe("A₁₂ = exp(−∞) / (exp(−1) + exp(0) + exp(−∞)) ≈ 0 / (0.368 + 1 + 0) ≈ 0 / 1.368 = 0");
  });

  it("large scores stay finite: (1000, 1000) shifts to (0, 0) and gives 0.5", () => {
    expect(describeSoftmaxWeight([1000, 1000], 0, 1).expansion).toBe(
      "A₀₁ = exp(0) / (exp(0) + exp(0)) = 1 / (1 + 1) = 1 / 2 = 0.5",
    );
  });
});
