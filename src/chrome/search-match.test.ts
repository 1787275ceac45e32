import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, countLabel, matchesQuery, queryWords } from "./search-match.ts";

const QKV = "q, k, and v projections • projection • qkv • why the same embedding is remixed.";

describe("concept search", () => {
  it.each([
    ["QKV", true],
    ["projection", true],
    ["Q K V", true],
    ["remixed embedding", true],
    ["softmax", false],
    ["", true],
  ])("matchesQuery(QKV entry, %j) is %s", (query, expected) => {
    expect(matchesQuery(QKV, queryWords(query))).toBe(expected);
  });

  it("treats regular-expression characters as plain text", () => {
    for (const query of [".*", "(", "[a-z]+", "\\", "q|k", "^$"]) {
      expect(() => matchesQuery(QKV, queryWords(query))).not.toThrow();
      expect(matchesQuery(QKV, queryWords(query)), query).toBe(false);
    }
    expect(matchesQuery("a (b) c", queryWords("(b)"))).toBe(true);
  });

  it(`cuts a very long query to ${MAX_QUERY_LENGTH} characters`, () => {
    const words = queryWords("x".repeat(100_000));
    expect(words).toEqual(["x".repeat(MAX_QUERY_LENGTH)]);
  });

  it("countLabel says all or how many of how many", () => {
    expect(countLabel(14, 14)).toBe("All 14 concepts shown.");
    expect(countLabel(1, 14)).toBe("1 of 14 concepts shown.");
  });
});
