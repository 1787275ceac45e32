import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectionSpec } from "../examples/projection/ProjectionExample.editing.ts";
import { readUrlState, readableQuery, writeUrlState } from "./url-state.ts";

const authored = {
  x: [2, 3],
  W: [
    [1, 10],
    [0, -1],
  ],
};
const spec = projectionSpec;

describe("URL state", () => {
  const read = (query: string) => readUrlState(spec, "qkv-projection", authored, new URLSearchParams(query));

  it("reads values and the inspected output", () => {
    expect(read("qkv-projection.x=1,1&qkv-projection.inspect=0,1")).toEqual({
      values: { x: [1, 1], W: authored.W },
      inspect: "0,1",
      problems: [],
      present: true,
    });
  });

  it("ignores other examples' parameters", () => {
    expect(read("other.x=5&seed.qkv-check-1=3")).toMatchObject({ values: authored, present: false, problems: [] });
  });

  it.each([
    ["qkv-projection.x=abc", "The link’s x was not used: “abc” in x is not a number."],
    ["qkv-projection.x=1e999", "“1e999” in x is too large"],
    ["qkv-projection.x=NaN", "“NaN” in x is not a number"],
    ["qkv-projection.x=--2", "“--2” in x is not a number"],
    ["qkv-projection.x=1,,2", "has an empty entry"],
    ["qkv-projection.W=1,2;3", "every row needs the same number of entries"],
    ["qkv-projection.x=1,2,3", "do not fit together"],
    ["qkv-projection.x=1,2,3,4,5,6,7", "takes at most 6"],
    ["qkv-projection.nope=1", "The link sets “nope”, which this example does not have; it takes x, W, inspect."],
    ["qkv-projection.inspect=9,9", "The link asks to inspect “9,9”"],
    ["qkv-projection.x=", "x is empty"],
  ])("reports %s and keeps the authored numbers", (query, problem) => {
    const state = read(query);
    expect(state.problems.join(" ")).toContain(problem);
    expect(state.values).toEqual(authored);
    expect(state.inspect).toBeNull();
  });

  it("writes only what differs from the page, readably, keeping other parameters", () => {
    const params = writeUrlState(
      spec,
      "qkv-projection",
      authored,
      {
        x: [2, 3],
        W: [
          [1, 7],
          [0, -1],
        ],
      },
      "0,1",
      new URLSearchParams("seed.a-1=4&qkv-projection.x=9"),
    );
    expect(readableQuery(params)).toBe("?seed.a-1=4&qkv-projection.W=1,7;0,-1&qkv-projection.inspect=0,1");
  });

  it("round-trips any accepted values through the URL", () => {
    const entry = fc.double({ min: -9999, max: 9999, noNaN: true }).map((n) => (Math.abs(n) < 1e-6 ? 0 : n + 0));
    const values = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.integer({ min: 1, max: 6 }).chain((m) =>
        fc.record({
          x: fc.array(entry, { minLength: n, maxLength: n }),
          W: fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
        }),
      ),
    );
    fc.assert(
      fc.property(values, (chosen) => {
        const query = readableQuery(
          writeUrlState(spec, "qkv-projection", authored, chosen, null, new URLSearchParams()),
        );
        expect(readUrlState(spec, "qkv-projection", authored, new URLSearchParams(query)).values).toEqual(chosen);
      }),
    );
  });
});
