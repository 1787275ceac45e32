import { describe, expect, it } from "vitest";
import { qkvTripleExampleSchema } from "./QkvTripleExample.schema.ts";

/** The worked example on content/qkv-projections.mdx. */
const reference = {
  id: "qkv-triple",
  x: [2, 3],
  WQ: [
    [1, 10],
    [0, -1],
  ],
  WK: [
    [0, 1],
    [1, 0],
  ],
  WV: [
    [1, -1],
    [2, 0],
  ],
};

describe("qkvTripleExampleSchema", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the reference props", reference],
    [
      "a value size other than the key size (d_v = 3)",
      {
        ...reference,
        WV: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    ],
    ["a 1-entry row with 1×1 matrices", { id: "tiny", x: [5], WQ: [[2]], WK: [[3]], WV: [[4]] }],
  ])("accepts %s", (_what, props) => {
    expect(qkvTripleExampleSchema.parse(props)).toEqual(props);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["query weights with 3 rows for an x of 2 entries", { ...reference, WQ: [[1], [2], [3]] }, "WQ"],
    ["a ragged WV", { ...reference, WV: [[1, 2], [3]] }, "WV"],
    ["key weights with another number of columns than the query weights", { ...reference, WK: [[1], [2]] }, "WK"],
    ["7 entries in x", { ...reference, x: [1, 2, 3, 4, 5, 6, 7] }, "x"],
    ["an entry of 1e6", { ...reference, x: [1e6, 3] }, "x"],
    ["a missing WV", { id: "a", x: [2, 3], WQ: reference.WQ, WK: reference.WK }, "WV"],
    ["an unknown prop", { ...reference, W: [[1]] }, ""],
  ])("rejects %s", (_what, props, prop) => {
    const result = qkvTripleExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? "").toBe(prop);
  });

  it("names the fix when the key weights do not match the query weights", () => {
    const result = qkvTripleExampleSchema.safeParse({ ...reference, WK: [[1], [2]] });
    expect(result.error?.issues[0]?.message).toContain("give both the same number of columns");
  });
});
