import { describe, expect, it } from "vitest";
import { concatHeads } from "../../math/index.ts";
import { describeConcatEntry, describeOutputEntry, headName, headOutputSymbol } from "./multi-head-words.ts";

const tokens = ["cat", "sat"];
const head1 = [
  [0.5, 1],
  [2, 0],
];
const head2 = [
  [3, -1],
  [0.25, 4],
];
const concat = concatHeads([head1, head2]);
const WO = [
  [1, 0],
  [0, 1],
  [2, 0],
  [0, -1],
];

describe("multi-head words", () => {
  it("numbers heads from 1 on the page: head 1, O¹", () => {
    expect(headName(0)).toBe("head 1");
    expect(headOutputSymbol(0)).toBe("O¹");
    expect(headOutputSymbol(11)).toBe("O¹²");
  });

  it("describeConcatEntry finds column 3 of C in column 1 of head 2", () => {
    const text = describeConcatEntry(tokens, [head1, head2], 1, 3);
    expect(text).toMatchObject({ head: 1, headColumn: 1 });
    expect(text.equation.replace(/\u00a0/g, " ")).toBe("C₁₃ = O²₁₁ = 4");
    expect(text.sentence).toContain(
      "Column 3 of the concatenation is column 1 of head 2’s output, in the row of “sat”",
    );
  });

  it("describeOutputEntry expands row i of C against column j of W_O and says which terms come from which head", () => {
    // Row 0 of C = (0.5, 1, 3, −1); column 0 of W_O = (1, 0, 2, 0): 0.5 + 0 + 6 + 0 = 6.5.
    const text = describeOutputEntry([head1, head2], concat, WO, 0, 0);
    expect(text.expansion).toBe("Y₀₀ = 0.5·1 + 1·0 + 3·2 + (−1)·0 = 6.5");
    expect(text.sources).toBe(
      "Row 0 of C times column 0 of W_O: terms 1–2 use head 1’s output and terms 3–4 use head 2’s output, so this one number mixes every head.",
    );
  });

  it("describeOutputEntry says “term” for a head of width 1", () => {
    const text = describeOutputEntry(
      [
        [[1], [2]],
        [[3], [4]],
      ],
      [
        [1, 3],
        [2, 4],
      ],
      [[1], [1]],
      1,
      0,
    );
    expect(text.sources).toContain("term 1 uses head 1’s output and term 2 uses head 2’s output");
  });
});
