import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { argmax } from "./index.ts";
import { smallInt, vectorArb } from "./test-utils.ts";

describe("argmax", () => {
  it.each([
    [[0.2, 0.7, 0.1], 1],
    [[5], 0],
    [[-3, -1, -2], 1],
    [[2, 4, 4, 1], 1],
  ])("argmax(%j) is %i (the first index on a tie)", (v, expected) => {
    expect(argmax(v)).toBe(expected);
  });

  it("argmax([]) throws a RangeError that says the vector is empty", () => {
    expect(() => argmax([])).toThrow(/empty/);
  });

  it("argmax(v) points at an entry no other entry exceeds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => vectorArb(n, smallInt)),
        (v) => {
          const best = argmax(v);
          expect(v.every((x) => x <= v[best]!)).toBe(true);
          expect(v.slice(0, best).every((x) => x < v[best]!)).toBe(true);
        },
      ),
    );
  });
});
