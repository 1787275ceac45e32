import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectionSpec } from "../examples/projection/ProjectionExample.tsx";
import { applyCell, applyText, readUrlState, readableQuery, resize, writeUrlState, type Values } from "./state.ts";

const authored: Values = { x: [2, 3], W: [[1, 10], [0, -1]] };
const spec = projectionSpec;
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("applyText and applyCell", () => {
  it("accept a typed matrix of the same shape", () => {
    expect(applyText(spec, authored, "W", "1 7; 0 -1")).toEqual({ ok: true, value: { x: [2, 3], W: [[1, 7], [0, -1]] } });
  });

  it("accept new columns of W, which only W and y use", () => {
    expect(applyText(spec, authored, "W", "1 2 3; 4 5 6")).toMatchObject({ ok: true, value: { W: [[1, 2, 3], [4, 5, 6]] } });
  });

  it("refuse a W whose rows do not match the entries of x, naming both", () => {
    expect(messageOf(applyText(spec, authored, "W", "1; 2; 3"))).toBe(
      "W has 3 rows but x has 2 entries: they must match (entries of x (rows of W)). Use the size buttons to change both together.",
    );
  });

  it("change one cell, and refuse text that is not a number", () => {
    expect(applyCell(spec, authored, "x", 0, 1, "−4")).toEqual({ ok: true, value: { x: [2, -4], W: authored.W } });
    expect(messageOf(applyCell(spec, authored, "W", 1, 0, "abc"))).toBe("“abc” in W row 1, column 0 is not a number. Type a number such as 3, −1 or 0.5.");
  });
});

describe("resize", () => {
  it("adds an entry to x and a row of zeros to W together", () => {
    expect(resize(spec, authored, "inputs", 1)).toEqual({ ok: true, value: { x: [2, 3, 0], W: [[1, 10], [0, -1], [0, 0]] } });
  });

  it("removes the last column of W", () => {
    expect(resize(spec, authored, "outputs", -1)).toEqual({ ok: true, value: { x: [2, 3], W: [[1], [0]] } });
  });

  it("stops at 1 and at 6", () => {
    const one = { x: [2], W: [[1, 10]] };
    expect(messageOf(resize(spec, one, "inputs", -1))).toBe("Entries of x (rows of W) cannot go below 1.");
    const six = { x: [1, 2, 3, 4, 5, 6], W: Array.from({ length: 6 }, () => [1]) };
    expect(messageOf(resize(spec, six, "inputs", 1))).toBe("Entries of x (rows of W) cannot go above 6.");
  });
});

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
    const params = writeUrlState(spec, "qkv-projection", authored, { x: [2, 3], W: [[1, 7], [0, -1]] }, "0,1", new URLSearchParams("seed.a-1=4&qkv-projection.x=9"));
    expect(readableQuery(params)).toBe("?seed.a-1=4&qkv-projection.W=1,7;0,-1&qkv-projection.inspect=0,1");
  });

  it("round-trips any accepted values through the URL", () => {
    const entry = fc.double({ min: -9999, max: 9999, noNaN: true }).map((n) => (Math.abs(n) < 1e-6 ? 0 : n + 0));
    const values = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.integer({ min: 1, max: 6 }).chain((m) =>
        fc.record({ x: fc.array(entry, { minLength: n, maxLength: n }), W: fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }) }),
      ),
    );
    fc.assert(
      fc.property(values, (chosen) => {
        const query = readableQuery(writeUrlState(spec, "qkv-projection", authored, chosen, null, new URLSearchParams()));
        expect(readUrlState(spec, "qkv-projection", authored, new URLSearchParams(query)).values).toEqual(chosen);
      }),
    );
  });
});
