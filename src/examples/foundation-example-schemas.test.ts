import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../mdx/props-problem.ts";
import { dotProductExampleSchema } from "./dot-product/DotProductExample.schema.ts";
import { embeddingLookupSchema } from "./embedding-lookup/EmbeddingLookup.schema.ts";

const lookup = {
  id: "embedding-lookup",
  vocabulary: ["the", "cat", "sat", "on", "mat"],
  E: [[1, 0, 1], [0, 2, 1], [2, 1, 0], [1, 1, -1], [0, 1, 2]],
  tokens: ["the", "cat", "sat", "on", "the", "mat"],
};

describe("embeddingLookupSchema", () => {
  it("accepts the page's props", () => {
    expect(embeddingLookupSchema.parse(lookup)).toEqual(lookup);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a token not in the vocabulary", { ...lookup, tokens: ["the", "dog"] }, "tokens", 'token 1, "dog", is not in the vocabulary'],
    ["a word listed twice", { ...lookup, vocabulary: ["the", "cat", "the", "on", "mat"] }, "vocabulary", '"the" appears twice'],
    ["fewer rows of E than words", { ...lookup, E: lookup.E.slice(0, 4) }, "E", "E has 4 rows for 5 vocabulary words"],
    ["a ragged E", { ...lookup, E: [[1, 0, 1], [0, 2], [2, 1, 0], [1, 1, -1], [0, 1, 2]] }, "E", "Row 1 has 2 entries"],
    ["7 tokens", { ...lookup, tokens: Array(7).fill("the") }, "tokens", ""],
  ])("rejects %s", (_what, props, prop, message) => {
    const result = embeddingLookupSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(prop);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe("dotProductExampleSchema", () => {
  it.each([
    ["the page's props", { id: "similar-directions", a: [3, 1], b: [1, 2] }],
    ["three components", { id: "three", a: [1, 2, 2], b: [2, 0, 1] }],
  ])("accepts %s", (_what, props) => {
    expect(dotProductExampleSchema.parse(props)).toEqual(props);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a zero vector a", { id: "z", a: [0, 0], b: [1, 2] }, "a"],
    ["a zero vector b", { id: "z", a: [1, 2], b: [0, 0] }, "b"],
    ["vectors of different sizes", { id: "z", a: [1, 2], b: [1, 2, 3] }, "b"],
    ["a single number", { id: "z", a: [1], b: [2] }, "a"],
  ])("rejects %s", (_what, props, prop) => {
    const result = dotProductExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(prop);
  });

  it("says why a zero vector is refused", () => {
    const problem = describePropsProblem("DotProductExample", dotProductExampleSchema, { id: "z", a: [1, 2], b: [0, 0] });
    expect(problem).toContain("b = (0, 0) has length 0");
    expect(problem).toContain("Expected a vector with as many numbers as a, not all 0");
  });
});
