import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { concatHeads, explainConcatEntry } from "./index.ts";
import { matrixArb } from "./test-utils.ts";

const h1 = [
  [1, 2],
  [3, 4],
];
const h2 = [
  [5, 6, 7],
  [8, 9, 10],
];

describe("explainConcatEntry", () => {
  it.each([
    [0, 0, 0, 1],
    [1, 1, 0, 4],
    [0, 2, 1, 5],
    [1, 4, 1, 10],
  ])("explainConcatEntry(heads, %i, %i) finds head %i and the value %i", (i, c, head, value) => {
    const e = explainConcatEntry([h1, h2], i, c);
    expect(e.head).toBe(head);
    expect(e.value).toBe(value);
    expect(e.headColumn).toBe(head === 0 ? c : c - 2);
  });

  it("always points at the entry the concatenation copied", () => {
    fc.assert(
      fc.property(matrixArb(2, 2), matrixArb(2, 1), matrixArb(2, 3), (a, b, c) => {
        const heads = [a, b, c];
        const concat = concatHeads(heads);
        concat.forEach((row, i) =>
          row.forEach((v, col) => {
            const e = explainConcatEntry(heads, i, col);
            expect(heads[e.head]![i]![e.headColumn]).toBe(v);
          }),
        );
      }),
    );
  });

  it("throws a RangeError for a column past the last head", () => {
    expect(() => explainConcatEntry([h1, h2], 0, 5)).toThrow(/column index c = 5 is out of range/);
  });
});
