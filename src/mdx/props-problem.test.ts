import { describe, expect, it } from "vitest";
import { projectionExampleSchema } from "../examples/projection/ProjectionExample.schema.ts";
import { describePropsProblem } from "./props-problem.ts";

/** The worked example on content/qkv-projections.mdx. */
const reference = {
  id: "qkv-projection",
  x: [2, 3],
  W: [
    [1, 10],
    [0, -1],
  ],
};

describe("describePropsProblem", () => {
  it("describePropsProblem returns undefined for the reference props", () => {
    expect(describePropsProblem("ProjectionExample", projectionExampleSchema, reference)).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      "a ragged W",
      { ...reference, W: [[1, 2], [3]] },
      ['prop "W"', "Received [[1, 2], [3]]", "Expected a matrix as a list of rows"],
    ],
    ["shapes that do not multiply", { ...reference, x: [1, 2, 3] }, ["1×3", "2×2", "Expected a matrix"]],
    [
      "a missing id",
      {
        x: [2, 3],
        W: [
          [1, 10],
          [0, -1],
        ],
      },
      ['prop "id"', "Received nothing", "Expected a stable kebab-case id"],
    ],
    [
      "an entry of 1e6",
      { ...reference, x: [1e6, 3] },
      ['prop "x.0"', "between −9999 and 9999", "Received [1000000, 3]", "Expected a row of 1–6 numbers"],
    ],
  ])("describePropsProblem explains %s as Received … Expected …", (_what, props, parts) => {
    const problem = describePropsProblem("ProjectionExample", projectionExampleSchema, props);
    expect(problem).toMatch(/^<ProjectionExample> prop "[^"]+": .+\. Received .+\. Expected .+\.$/);
    for (const part of parts) expect(problem).toContain(part);
  });

  it("describePropsProblem names an unknown prop and lists the known ones", () => {
    expect(describePropsProblem("ProjectionExample", projectionExampleSchema, { ...reference, color: "red" })).toBe(
      '<ProjectionExample> received an unknown prop "color". Expected only: id, x, W.',
    );
  });
});
