import { describe, expect, it } from "vitest";
import { applyCausalMask, causalMask, isMasked, ShapeError } from "./index.ts";

describe("causal mask", () => {
  it("causalMask(3) is 0 on and below the diagonal and −∞ above it", () => {
    expect(causalMask(3)).toEqual([
      [0, -Infinity, -Infinity],
      [0, 0, -Infinity],
      [0, 0, 0],
    ]);
  });

  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 0, false],
    [0, 1, true],
    [2, 1, false],
    [1, 2, true],
  ])("isMasked(%s, %s) is %s (query i cannot see a later key j)", (i, j, expected) => {
    expect(isMasked(i, j)).toBe(expected);
  });

  it("applyCausalMask(scores) replaces future scores with −∞ and keeps the rest", () => {
    const scores = [
      [1, 2],
      [3, 4],
    ];
    expect(applyCausalMask(scores)).toEqual([
      [1, -Infinity],
      [3, 4],
    ]);
    expect(scores).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("applyCausalMask rejects a 2×3 matrix of scores, naming the shape", () => {
    const attempt = () =>
      applyCausalMask([
        [1, 2, 3],
        [4, 5, 6],
      ]);
    expect(attempt).toThrow(ShapeError);
    expect(attempt).toThrow("2×3");
  });

  it("causalMask(−1) throws a RangeError", () => {
    expect(() => causalMask(-1)).toThrow(RangeError);
  });
});
