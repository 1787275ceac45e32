import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../../mdx/props-problem.ts";
import { causalMaskExampleSchema } from "./CausalMaskExample.schema.ts";

describe("causalMaskExampleSchema", () => {
  it("defaults the mask to on", () => {
    expect(
      causalMaskExampleSchema.parse({
        id: "m",
        scores: [
          [1, 2],
          [3, 4],
        ],
      }).masked,
    ).toBe(true);
  });

  it("rejects a score matrix that is not square, with the math module's message", () => {
    expect(
      describePropsProblem("CausalMaskExample", causalMaskExampleSchema, {
        id: "m",
        scores: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      }),
    ).toMatch(
      /prop "scores": applyCausalMask: cannot causally mask a 2×3 matrix of scores; expected a square 2×2 matrix/,
    );
  });

  it("rejects the wrong number of tokens", () => {
    expect(
      describePropsProblem("CausalMaskExample", causalMaskExampleSchema, {
        id: "m",
        scores: [
          [1, 2],
          [3, 4],
        ],
        tokens: ["a"],
      }),
    ).toMatch(/prop "tokens": 1 tokens do not label a 2×2 matrix/);
  });
});
