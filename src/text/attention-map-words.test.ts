import { describe, expect, it } from "vitest";
import { explainScaledScore } from "../math/index.ts";
import { formatScaling, joinWords, strongestKeys, strongestKeysOf, weightLabel } from "./attention-map-words.ts";

/** The text with no-break spaces made plain, so expectations read naturally. */
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("attention map words", () => {
  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a", "b", "c"], "a, b and c"],
  ])("joinWords(%j) is %j", (words, text) => {
    expect(joinWords(words)).toBe(text);
  });

  it("formatScaling writes an exact root with = and an irrational one with ≈", () => {
    expect(plain(formatScaling(explainScaledScore([[6]], 4, 0, 0)))).toBe("6 / √4 = 6 / 2 = 3");
    expect(plain(formatScaling(explainScaledScore([[5]], 4, 0, 0)))).toBe("5 / √4 = 5 / 2 = 2.5");
    // 3 / √2 = 2.1213…
    expect(plain(formatScaling(explainScaledScore([[3]], 2, 0, 0)))).toBe("3 / √2 ≈ 3 / 1.41 ≈ 2.12");
    // 1 / √4 = 0.25 exactly, −3 / √4 = −1.5.
    expect(plain(formatScaling(explainScaledScore([[-3]], 4, 0, 0)))).toBe("−3 / √4 = −3 / 2 = −1.5");
  });

  it("strongestKeysOf names the single largest weight, or every key that ties for it", () => {
    const tokens = ["cat", "sat", "on", "mat"];
    expect(strongestKeysOf(tokens, [0.1, 0.6, 0.2, 0.1])).toBe("“sat”");
    // Two equal scores give weights equal up to rounding noise.
    expect(strongestKeysOf(tokens, [0.05, 0.45, 0.45 + 1e-16, 0.05])).toBe("“sat” and “on”, which tie");
    expect(strongestKeysOf(tokens, [0.05, 0.45, 0.45, 0.05], false)).toBe("sat and on, which tie");
  });

  it.each([
    [0.5, "= 0.5"],
    [0.6928, "≈ 0.69"],
    [0.004, "<0.01"],
    [0.998, ">0.99"],
    [0, "= 0"],
  ])("weightLabel(%f) is %j: the cell's visible text is part of its name", (w, label) => {
    expect(plain(weightLabel(w))).toBe(label);
  });

  it("strongestKeys lists each query's strongest key for a description", () => {
    expect(
      strongestKeys(
        ["a", "b"],
        [
          [0.9, 0.1],
          [0.5, 0.5],
        ],
      ),
    ).toBe("a → a; b → a and b, which tie");
  });
});
