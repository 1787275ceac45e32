import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTypedNumber } from "./parse-number.ts";

describe("readTypedNumber", () => {
  it.each([
    ["17", 17],
    [" 17.0 ", 17],
    ["+17", 17],
    ["\u221264", -64],
    ["– 1", -1],
    [".5", 0.5],
    ["4,096", 4096],
    ["4 096", 4096],
    ["4_096", 4096],
    ["10\u202f000\u202f000", 10_000_000],
    ["2.5e3", 2500],
    ["-0", 0],
  ])("reads %j as %d", (text, value) => {
    expect(readTypedNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "not-a-number"],
    ["NaN", "not-a-number"],
    ["Infinity", "not-a-number"],
    ["0x10", "not-a-number"],
    ["--1", "not-a-number"],
    ["1,,2", "not-a-number"],
    ["4,09", "decimal-comma"],
    ["1 7", "not-a-number"],
    ["0,25", "decimal-comma"],
    ["1e999", "too-large"],
  ])("refuses %j: %s", (text, problem) => {
    expect(readTypedNumber(text)).toEqual({ ok: false, problem });
  });

  it("never throws, and what it accepts is a finite number that reads back the same from its own text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const read = readTypedNumber(text);
        if (read.ok) {
          expect(Number.isFinite(read.value)).toBe(true);
          expect(readTypedNumber(String(read.value))).toEqual(read);
        }
      }),
    );
  });
});
