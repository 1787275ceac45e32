import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../../mdx/props-problem.ts";
import { dotProductExampleSchema } from "./DotProductExample.schema.ts";

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
    const problem = describePropsProblem("DotProductExample", dotProductExampleSchema, {
      id: "z",
      a: [1, 2],
      b: [0, 0],
    });
    expect(problem).toContain("b = (0, 0) has length 0");
    expect(problem).toContain("Expected a vector with as many numbers as a, not all 0");
  });
});
