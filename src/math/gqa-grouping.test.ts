import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attentionKind,
  cacheValuesPerToken,
  checkHeadCounts,
  HeadCountError,
  kvHeadFor,
  queryHeadsOf,
} from "./index.ts";

describe("which KV head a query head reads", () => {
  it.each<[number, number, readonly number[]]>([
    [4, 4, [0, 1, 2, 3]],
    [4, 2, [0, 0, 1, 1]],
    [4, 1, [0, 0, 0, 0]],
    [8, 2, [0, 0, 0, 0, 1, 1, 1, 1]],
    [6, 3, [0, 0, 1, 1, 2, 2]],
  ])("kvHeadFor(h, %i query heads, %i KV heads) for h = 0, 1, … is %j", (H, G, expected) => {
    expect(Array.from({ length: H }, (_, h) => kvHeadFor(h, H, G))).toEqual(expected);
  });

  it("kvHeadFor(31, 32, 8) is 7: Llama 3 8B's last query head reads its last KV head", () => {
    expect(kvHeadFor(31, 32, 8)).toBe(7);
  });

  it("queryHeadsOf(1, 4, 2) is [2, 3]: the H/G query heads sharing KV head 1", () => {
    expect(queryHeadsOf(1, 4, 2)).toEqual([2, 3]);
  });

  it("every KV head is read by exactly H/G query heads, and queryHeadsOf inverts kvHeadFor (fast-check)", () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .map(([G, group]) => [G * group, G] as const);
    fc.assert(
      fc.property(counts, ([H, G]) => {
        for (let g = 0; g < G; g++) {
          const readers = queryHeadsOf(g, H, G);
          expect(readers).toHaveLength(H / G);
          readers.forEach((h) => expect(kvHeadFor(h, H, G)).toBe(g));
        }
      }),
    );
  });
});

describe("cache size and names", () => {
  it.each([
    [8, 128, 2048],
    [1, 2, 4],
    [2, 2, 8],
    [4, 2, 16],
  ])("cacheValuesPerToken(%i KV heads, d_head %i) = 2·G·d_head = %i", (G, d, expected) => {
    expect(cacheValuesPerToken(G, d)).toBe(expected);
  });

  it.each<[number, number, string]>([
    [4, 4, "MHA"],
    [4, 2, "GQA"],
    [4, 1, "MQA"],
    [1, 1, "MHA"],
    [32, 8, "GQA"],
  ])("attentionKind(%i, %i) is %s", (H, G, name) => expect(attentionKind(H, G)).toBe(name));
});

describe("bad head counts", () => {
  it("4 query heads and 3 KV heads throw a HeadCountError in plain words", () => {
    expect(() => checkHeadCounts(4, 3)).toThrow(HeadCountError);
    expect(() => checkHeadCounts(4, 3)).toThrow(
      "4 query heads cannot share 3 KV heads: the number of query heads must be a multiple of the number of KV heads.",
    );
    expect(() => kvHeadFor(0, 2, 4)).toThrow("2 query heads cannot share 4 KV heads");
  });

  it.each([0, -1, 1.5])("checkHeadCounts(4, %s) asks for a whole number of KV heads", (G) => {
    expect(() => checkHeadCounts(4, G)).toThrow("the number of KV heads must be a whole number ≥ 1");
  });

  it("kvHeadFor rejects a query head outside 0 … H − 1; cacheValuesPerToken rejects d_head 0", () => {
    expect(() => kvHeadFor(4, 4, 2)).toThrow("query head 4 is out of range");
    expect(() => cacheValuesPerToken(2, 0)).toThrow(RangeError);
  });
});
