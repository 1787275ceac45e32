import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { embedTokens, matmul, oneHot, projectRow, tokenIds } from "./index.ts";
import { matrixArb } from "./test-utils.ts";

const vocabulary = ["the", "cat", "sat", "on", "mat"];
const E = [
  [1, 0, 1],
  [0, 2, 1],
  [2, 1, 0],
  [1, 1, -1],
  [0, 1, 2],
];

describe("embedding lookup by hand", () => {
  it('tokenIds(vocabulary, "the cat sat on the mat") is 0 1 2 3 0 4: the repeated word gets the same id', () => {
    expect(tokenIds(vocabulary, ["the", "cat", "sat", "on", "the", "mat"])).toEqual([0, 1, 2, 3, 0, 4]);
  });

  it("embedTokens(E, [1, 0, 1]) copies row 1, row 0, row 1 of E", () => {
    expect(embedTokens(E, [1, 0, 1])).toEqual([
      [0, 2, 1],
      [1, 0, 1],
      [0, 2, 1],
    ]);
  });

  it("oneHot(5, 2) is (0, 0, 1, 0, 0), and oneHot(5, 2)·E is row 2 of E", () => {
    expect(oneHot(5, 2)).toEqual([0, 0, 1, 0, 0]);
    expect(projectRow(oneHot(5, 2), E)).toEqual([2, 1, 0]);
  });
});

describe("embedding errors", () => {
  it("an unknown token is named with its position and the vocabulary", () => {
    expect(() => tokenIds(vocabulary, ["the", "dog"])).toThrow(
      'tokenIds: token 1, "dog", is not in the vocabulary ("the", "cat", "sat", "on", "mat")',
    );
  });

  it("an id outside the table is a RangeError", () => {
    expect(() => embedTokens(E, [5])).toThrow(RangeError);
    expect(() => oneHot(3, 3)).toThrow(RangeError);
    expect(() => oneHot(0, 0)).toThrow(RangeError);
  });
});

describe("embedding laws", () => {
  it("looking rows up equals multiplying the stacked one-hot rows by E", () => {
    fc.assert(
      fc.property(
        matrixArb(4, 3).chain((table) =>
          fc.tuple(fc.constant(table), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 })),
        ),
        ([table, ids]) => {
          expect(embedTokens(table, ids)).toEqual(
            matmul(
              ids.map((id) => oneHot(4, id)),
              table,
            ),
          );
        },
      ),
    );
  });
});
