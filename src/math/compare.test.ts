import { describe, expect, it } from "vitest";
import { approxEqual, matricesApproxEqual, matricesEqual, vectorsApproxEqual, vectorsEqual } from "./index.ts";

describe("approxEqual", () => {
  it.each<[number, number, number | undefined, boolean]>([
    [0.1 + 0.2, 0.3, undefined, true],
    [1, 1 + 1e-6, undefined, false],
    [1, 1 + 1e-6, 1e-5, true],
    [1e12, 1e12 + 1, undefined, true], // relative for large numbers: 1 part in 10¹²
    [-Infinity, -Infinity, undefined, true],
    [Infinity, Infinity, undefined, true],
    [Infinity, -Infinity, undefined, false],
    [Infinity, 1e308, undefined, false],
    [NaN, NaN, undefined, false],
    [0, -0, undefined, true],
  ])("approxEqual(%s, %s, %s) is %s", (a, b, tolerance, expected) => {
    expect(approxEqual(a, b, tolerance)).toBe(expected);
  });
});

describe("vector and matrix comparisons", () => {
  it("vectorsApproxEqual tolerates float noise but not a different length", () => {
    expect(vectorsApproxEqual([0.1 + 0.2, 1], [0.3, 1])).toBe(true);
    expect(vectorsApproxEqual([1, 2], [1, 2.001])).toBe(false);
    expect(vectorsApproxEqual([1, 2], [1, 2, 3])).toBe(false);
  });

  it("matricesApproxEqual is false on a shape mismatch", () => {
    expect(matricesApproxEqual([[1, 2]], [[1, 2]])).toBe(true);
    expect(matricesApproxEqual([[1, 2]], [[1], [2]])).toBe(false);
    expect(
      matricesApproxEqual(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toBe(false);
    expect(matricesApproxEqual([[-Infinity, 0]], [[-Infinity, 1e-12]])).toBe(true);
  });

  it("vectorsEqual and matricesEqual are exact", () => {
    expect(vectorsEqual([0.1 + 0.2], [0.3])).toBe(false);
    expect(vectorsEqual([1, -Infinity], [1, -Infinity])).toBe(true);
    expect(
      matricesEqual(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toBe(true);
    expect(
      matricesEqual(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 5],
        ],
      ),
    ).toBe(false);
    expect(
      matricesEqual(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toBe(false);
  });
});
