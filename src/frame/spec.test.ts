import { describe, expect, it } from "vitest";
import { projectionSpec } from "../examples/projection/ProjectionExample.editing.ts";
import { applyCell, applyText, resize } from "./spec.ts";

const authored = {
  x: [2, 3],
  W: [
    [1, 10],
    [0, -1],
  ],
};
const spec = projectionSpec;
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("applyText and applyCell", () => {
  it("accept a typed matrix of the same shape", () => {
    expect(applyText(spec, authored, "W", "1 7; 0 -1")).toEqual({
      ok: true,
      value: {
        x: [2, 3],
        W: [
          [1, 7],
          [0, -1],
        ],
      },
    });
  });

  it("accept new columns of W, which only W and y use", () => {
    expect(applyText(spec, authored, "W", "1 2 3; 4 5 6")).toMatchObject({
      ok: true,
      value: {
        W: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    });
  });

  it("refuse a W whose rows do not match the entries of x, naming both", () => {
    expect(messageOf(applyText(spec, authored, "W", "1; 2; 3"))).toBe(
      "W has 3 rows but x has 2 entries: they must match (entries of x (rows of W)). Use the size buttons to change both together.",
    );
  });

  it("change one cell, and refuse text that is not a number", () => {
    expect(applyCell(spec, authored, "x", 0, 1, "−4")).toEqual({ ok: true, value: { x: [2, -4], W: authored.W } });
    expect(messageOf(applyCell(spec, authored, "W", 1, 0, "abc"))).toBe(
      "“abc” in W row 1, column 0 is not a number. Type a number such as 3, −1 or 0.5.",
    );
  });
});

describe("resize", () => {
  it("adds an entry to x and a row of zeros to W together", () => {
    expect(resize(spec, authored, "inputs", 1)).toEqual({
      ok: true,
      value: {
        x: [2, 3, 0],
        W: [
          [1, 10],
          [0, -1],
          [0, 0],
        ],
      },
    });
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
