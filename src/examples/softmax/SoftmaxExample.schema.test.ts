import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../../mdx/props-problem.ts";
import { softmaxExampleSchema } from "./SoftmaxExample.schema.ts";

describe("softmaxExampleSchema", () => {
  it("accepts a score matrix, with or without square token labels", () => {
    expect(
      softmaxExampleSchema.safeParse({
        id: "softmax",
        scores: [
          [2, 1, 0],
          [1, 3, 1],
        ],
      }).success,
    ).toBe(true);
    expect(
      softmaxExampleSchema.safeParse({
        id: "t",
        scores: [
          [1, 2],
          [3, 4],
        ],
        tokens: ["the", "cat"],
      }).success,
    ).toBe(true);
  });

  it.each([
    [{ id: "s", scores: [[1, 2], [3]] }, /prop "scores": .*Row 1 has 1 entry but row 0 has 2/],
    [
      { id: "s", scores: [[1, 2, 3]], tokens: ["a", "b", "c"] },
      /prop "tokens": 3 tokens do not label a 1×3 matrix of scores/,
    ],
    [{ id: "s", scores: [[1]], extra: 1 }, /unknown prop "extra"/],
    [{ id: "Bad Id", scores: [[1]] }, /prop "id": .*kebab-case/],
    [{ id: "s", scores: [[1e6]] }, /prop "scores.0.0": a number between −9999 and 9999/],
  ])("rejects %j, saying what is wrong", (props, message) => {
    expect(describePropsProblem("SoftmaxExample", softmaxExampleSchema, props)).toMatch(message);
  });
});
