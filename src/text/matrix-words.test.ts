import { describe, expect, it } from "vitest";
import { cellName, columnOf, entrySymbol, labelSuffix, rowOf } from "./matrix-words.ts";

describe("matrix words", () => {
  it("names rows, columns and entries, with labels when given", () => {
    expect(rowOf("X", 1, ["the", "cat"])).toBe("row 1 of X (“cat”)");
    expect(rowOf("X", 1)).toBe("row 1 of X");
    expect(columnOf("Kᵀ", 0, ["the"])).toBe("column 0 of Kᵀ (“the”)");
    expect(labelSuffix(["a"], 3)).toBe("");
    expect(entrySymbol("Y", 1, 0)).toBe("Y₁₀");
  });

  it("cellName speaks the value: X row 1 (“cat”), column 0: minus 2", () => {
    expect(cellName("X", 1, 0, -2, ["the", "cat"])).toBe("X row 1 (“cat”), column 0: minus 2");
    expect(cellName("S", 0, 2, 3, ["the"], ["a", "b", "c"])).toBe("S row 0 (“the”), column 2 (“c”): 3");
  });
});
