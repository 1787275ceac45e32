import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, dot, norm, scale, ShapeError, subtract, type Vector } from "./index.ts";
import { dim, expectClose, smallDouble, vectorArb } from "./test-utils.ts";

describe("vector operations by hand", () => {
  it.each<[string, Vector, Vector, number]>([
    // 2·1 + 3·0 = 2
    ["x against column 0 of W", [2, 3], [1, 0], 2],
    // 2·10 + 3·(−1) = 20 − 3 = 17
    ["x against column 1 of W", [2, 3], [10, -1], 17],
    // 0.5·0.5 + 0.25·4 = 0.25 + 1 = 1.25
    ["fractions", [0.5, 0.25], [0.5, 4], 1.25],
    ["two empty vectors", [], [], 0],
  ])("dot(a, b) sums the products for %s", (_, a, b, expected) => {
    expectClose(dot(a, b), expected);
  });

  it.each<[string, (a: Vector, b: Vector) => Vector, Vector]>([
    // (1+4, 2−5) and (1−4, 2+5)
    ["add", add, [5, -3]],
    ["subtract", subtract, [-3, 7]],
  ])("%s(a, b) works entry by entry", (_, op, expected) => {
    expect(op([1, 2], [4, -5])).toEqual(expected);
  });

  it("scale(v, s) multiplies every entry and leaves v untouched", () => {
    const v = [1, -2, 3];
    expect(scale(v, -2)).toEqual([-2, 4, -6]);
    expect(v).toEqual([1, -2, 3]);
  });

  it("norm(v) is the Euclidean length (3-4-5 triangle)", () => {
    expectClose(norm([3, -4]), 5);
  });

  it.each([
    ["dot", dot],
    ["add", add],
    ["subtract", subtract],
  ] as const)("%s(a, b) with different lengths throws a ShapeError", (name, op) => {
    expect(() => op([1, 2], [1, 2, 3])).toThrow(ShapeError);
    expect(() => op([1, 2], [1, 2, 3])).toThrow(`${name}: `);
  });
});

describe("vector laws", () => {
  const pair = dim.chain((n) => fc.tuple(vectorArb(n, smallDouble), vectorArb(n, smallDouble)));

  it("dot(a, b) is symmetric", () => {
    fc.assert(fc.property(pair, ([a, b]) => expectClose(dot(a, b), dot(b, a), 1e-12)));
  });

  it("add(a, subtract(b, a)) gives back b", () => {
    fc.assert(fc.property(pair, ([a, b]) => expectClose(add(a, subtract(b, a)), b, 1e-9)));
  });

  it("norm(v)² equals dot(v, v)", () => {
    fc.assert(fc.property(pair, ([v]) => expectClose(norm(v) ** 2, dot(v, v), 1e-9)));
  });
});
