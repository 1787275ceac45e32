import { describe, expect, it } from "vitest";
import { joinIndices, keyLabels, nameInText, queryLabels } from "./axis-labels.ts";

describe("axis labels", () => {
  it("queryLabels and keyLabels number queries and keys from 0 unless tokens are given", () => {
    expect(queryLabels(3)).toEqual(["q₀", "q₁", "q₂"]);
    expect(keyLabels(2)).toEqual(["k₀", "k₁"]);
    expect(keyLabels(3, ["The", "cat", "sat"])).toEqual(["The", "cat", "sat"]);
  });

  it("nameInText adds the token in quotes when there is one", () => {
    expect(nameInText("query", 1)).toBe("query 1");
    expect(nameInText("key", 1, ["The", "cat"])).toBe("key 1 (“cat”)");
  });

  it.each([
    [[], ""],
    [[2], "2"],
    [[1, 2], "1 and 2"],
    [[0, 1, 2], "0, 1 and 2"],
  ])("joinIndices(%j) = %j", (indices, text) => {
    expect(joinIndices(indices)).toBe(text);
  });
});
