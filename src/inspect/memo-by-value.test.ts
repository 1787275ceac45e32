import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { sameData } from "./memo-by-value.ts";

describe("sameData(a, b)", () => {
  it.each([
    ["equal numbers, strings, null", [1, "a", null], [1, "a", null], true],
    ["NaN and NaN", Number.NaN, Number.NaN, true],
    [
      "new arrays with the same numbers",
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
      true,
    ],
    ["plain objects with the same data in another key order", { x: [1], y: "b" }, { y: "b", x: [1] }, true],
    [
      "one number different, deep in a matrix",
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 5],
      ],
      false,
    ],
    ["arrays of different lengths", [1, 2], [1, 2, 3], false],
    ["an object with an extra key", { x: 1 }, { x: 1, y: undefined }, false],
    ["an array and an object with the same keys", [1], { 0: 1 }, false],
    ["0 and −0 (they print differently)", 0, -0, false],
  ])("%s → %s", (_what, a, b, expected) => {
    expect(sameData(a, b)).toBe(expected);
  });

  it("compares functions and React elements by identity only", () => {
    const f = () => 1;
    expect(sameData({ f }, { f })).toBe(true);
    expect(sameData({ f }, { f: () => 1 })).toBe(false);
    const element = createElement("b", null, "x");
    expect(sameData({ note: element }, { note: element })).toBe(true);
    expect(sameData({ note: element }, { note: createElement("b", null, "x") })).toBe(false);
  });
});
