import { describe, expect, it } from "vitest";
import { embeddingLookupSchema } from "./EmbeddingLookup.schema.ts";

const lookup = {
  id: "embedding-lookup",
  vocabulary: ["the", "cat", "sat", "on", "mat"],
  E: [
    [1, 0, 1],
    [0, 2, 1],
    [2, 1, 0],
    [1, 1, -1],
    [0, 1, 2],
  ],
  tokens: ["the", "cat", "sat", "on", "the", "mat"],
};

describe("embeddingLookupSchema", () => {
  it("accepts the page's props", () => {
    expect(embeddingLookupSchema.parse(lookup)).toEqual(lookup);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "a token not in the vocabulary",
      { ...lookup, tokens: ["the", "dog"] },
      "tokens",
      'token 1, "dog", is not in the vocabulary',
    ],
    [
      "a word listed twice",
      { ...lookup, vocabulary: ["the", "cat", "the", "on", "mat"] },
      "vocabulary",
      '"the" appears twice',
    ],
    ["fewer rows of E than words", { ...lookup, E: lookup.E.slice(0, 4) }, "E", "E has 4 rows for 5 vocabulary words"],
    [
      "a ragged E",
      {
        ...lookup,
        E: [
          [1, 0, 1],
          [0, 2],
          [2, 1, 0],
          [1, 1, -1],
          [0, 1, 2],
        ],
      },
      "E",
      "Row 1 has 2 entries",
    ],
    ["7 tokens", { ...lookup, tokens: Array(7).fill("the") }, "tokens", ""],
  ])("rejects %s", (_what, props, prop, message) => {
    const result = embeddingLookupSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(prop);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
