import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../../mdx/props-problem.ts";
import { matrixProductExampleSchema } from "./MatrixProductExample.schema.ts";

const base = {
  id: "rows",
  A: [
    [1, 0, 1],
    [0, 2, 1],
  ],
  B: [
    [1, 0],
    [0, 1],
    [1, -1],
  ],
};

describe("matrixProductExampleSchema", () => {
  it("accepts the page's props and fills in default names", () => {
    const parsed = matrixProductExampleSchema.parse(base);
    expect(parsed.left).toEqual({ name: "A", title: "Left matrix A" });
    expect(parsed.product.name).toBe("C");
    const named = {
      ...base,
      left: { name: "X", title: "Embeddings X", note: "One row per token." },
      rowLabels: ["the", "cat"],
      colLabels: ["p", "q"],
      innerLabels: ["i", "j", "k"],
    };
    expect(matrixProductExampleSchema.parse(named)).toMatchObject(named);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a ragged A",
      {
        ...base,
        A: [
          [1, 0, 1],
          [0, 2],
        ],
      },
      "A",
    ],
    [
      "shapes that do not multiply (2×3 by 2×2)",
      {
        ...base,
        B: [
          [1, 0],
          [0, 1],
        ],
      },
      "B",
    ],
    ["a ragged B", { ...base, B: [[1, 0], [0], [1, -1]] }, "B"],
    ["3 row labels for 2 rows", { ...base, rowLabels: ["a", "b", "c"] }, "rowLabels"],
    ["1 column label for 2 columns", { ...base, colLabels: ["a"] }, "colLabels"],
    ["2 inner labels for 3", { ...base, innerLabels: ["a", "b"] }, "innerLabels"],
    ["a 13-character label", { ...base, rowLabels: ["abcdefghijklm", "b"] }, "rowLabels"],
    ["a name of 4 characters", { ...base, left: { name: "Xabc", title: "X" } }, "left"],
    ["an unknown key in a title object", { ...base, right: { name: "W", title: "W", colour: "red" } }, "right"],
    ["7 rows", { ...base, A: Array(7).fill([1, 0, 1]) }, "A"],
    [
      "an entry of 10000",
      {
        ...base,
        A: [
          [10000, 0, 1],
          [0, 2, 1],
        ],
      },
      "A",
    ],
    ["an unknown prop", { ...base, transpose: true }, ""],
  ])("rejects %s", (_what, props, prop) => {
    const result = matrixProductExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? "").toBe(prop);
  });

  it("explains shapes that do not multiply with both shapes and the expected form", () => {
    const problem = describePropsProblem("MatrixProductExample", matrixProductExampleSchema, {
      ...base,
      B: [
        [1, 0],
        [0, 1],
      ],
    });
    expect(problem).toContain('prop "B"');
    expect(problem).toContain("2×3 matrix by a 2×2 matrix");
    expect(problem).toContain("Expected a matrix with one row per column of A");
  });

  it("explains a label count that does not match", () => {
    const problem = describePropsProblem("MatrixProductExample", matrixProductExampleSchema, {
      ...base,
      rowLabels: ["a"],
    });
    expect(problem).toContain("1 labels for 2 rows of A; give exactly one label for each");
  });
});
