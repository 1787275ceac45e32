import { describe, expect, it } from "vitest";
import { MAX_SIZE } from "../props.ts";
import { projectionExampleSchema } from "./ProjectionExample.schema.ts";

/** The worked example on content/qkv-projections.mdx. */
const reference = {
  id: "qkv-projection",
  x: [2, 3],
  W: [
    [1, 10],
    [0, -1],
  ],
};

/** An n×m matrix of ones. */
function ones(n: number, m: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: m }, () => 1));
}

describe("projectionExampleSchema", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the reference props", reference],
    ["a 1×1 example", { id: "a", x: [5], W: [[2]] }],
    ["the largest example (6 entries, 6×6)", { id: "big", x: Array(MAX_SIZE).fill(1), W: ones(MAX_SIZE, MAX_SIZE) }],
    [
      "a 1×2 row by a 2×3 matrix",
      {
        id: "wide-2",
        x: [1, 2],
        W: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    ],
    ["decimals and ±9999", { id: "edge", x: [0.5, -9999], W: [[9999], [-0.25]] }],
  ])("projectionExampleSchema accepts %s", (_what, props) => {
    expect(projectionExampleSchema.parse(props)).toEqual(props);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a ragged W", { ...reference, W: [[1, 2], [3]] }, "W"],
    ["shapes that do not multiply (1×3 by 2×2)", { ...reference, x: [1, 2, 3] }, "W"],
    ["7 entries in x", { ...reference, x: [1, 2, 3, 4, 5, 6, 7], W: ones(7, 1) }, "x"],
    ["7 columns in W", { ...reference, W: ones(2, 7) }, "W"],
    ["an empty x", { ...reference, x: [] }, "x"],
    ["an empty W", { ...reference, W: [] }, "W"],
    ["a W row with no entries", { ...reference, x: [1], W: [[]] }, "W"],
    ["an entry of 1e6", { ...reference, x: [1e6, 3] }, "x"],
    [
      "an entry of -10000",
      {
        ...reference,
        W: [
          [1, -10000],
          [0, -1],
        ],
      },
      "W",
    ],
    ["NaN", { ...reference, x: [Number.NaN, 3] }, "x"],
    [
      "Infinity",
      {
        ...reference,
        W: [
          [Infinity, 10],
          [0, -1],
        ],
      },
      "W",
    ],
    ["a number written as text", { ...reference, x: ["2", 3] }, "x"],
    [
      "a missing id",
      {
        x: [2, 3],
        W: [
          [1, 10],
          [0, -1],
        ],
      },
      "id",
    ],
    ['the id "Bad Id"', { ...reference, id: "Bad Id" }, "id"],
    ['the id "2-heads" (must start with a letter)', { ...reference, id: "2-heads" }, "id"],
    ["an unknown prop", { ...reference, color: "red" }, ""],
  ])("projectionExampleSchema rejects %s", (_what, props, prop) => {
    const result = projectionExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? "").toBe(prop);
  });
});
