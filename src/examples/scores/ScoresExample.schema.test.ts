import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../../mdx/props-problem.ts";
import { scoresExampleSchema } from "./ScoresExample.schema.ts";

const scores = {
  id: "scores",
  Q: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  K: [
    [1, 0],
    [2, 1],
    [0, 2],
  ],
  tokens: ["the", "cat", "sat"],
};

describe("scoresExampleSchema", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the page's props", scores],
    [
      "no tokens, 1 query and 2 keys",
      {
        id: "decode",
        Q: [[1, 2]],
        K: [
          [3, 4],
          [5, 6],
        ],
      },
    ],
  ])("accepts %s", (_what, props) => {
    expect(scoresExampleSchema.parse(props)).toEqual(props);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "keys of another size than the queries",
      {
        ...scores,
        K: [
          [1, 0, 1],
          [2, 1, 0],
          [0, 2, 1],
        ],
      },
      "K",
    ],
    ["a ragged Q", { ...scores, Q: [[1, 0], [0], [1, 1]] }, "Q"],
    ["2 tokens for 3 rows", { ...scores, tokens: ["the", "cat"] }, "tokens"],
    [
      "tokens with fewer keys than queries",
      {
        ...scores,
        K: [
          [1, 0],
          [2, 1],
        ],
      },
      "tokens",
    ],
  ])("rejects %s", (_what, props, prop) => {
    const result = scoresExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(prop);
  });

  it("says why keys of the wrong size fail", () => {
    const problem = describePropsProblem("ScoresExample", scoresExampleSchema, { ...scores, K: [[1, 0, 1]] });
    expect(problem).toContain("cannot score 3×2 queries against 1×3 keys");
  });
});
