import { describe, expect, it } from "vitest";
import { numberRange, readNumber, writeValue } from "./parse-values.ts";

const T = { min: 0, max: 100 };
const P = { min: 0, max: 1, minInclusive: false };

describe("readNumber (temperature 0 … 100, top-p 0 < p ≤ 1)", () => {
  it.each<[string, typeof T, number]>([
    ["0", T, 0],
    ["0.7", T, 0.7],
    [" 100 ", T, 100],
    ["2.5e1", T, 25],
    ["1", P, 1],
    ["0.9", P, 0.9],
    [".05", P, 0.05],
  ])("readNumber(%j) accepts the value", (text, limits, value) => {
    expect(readNumber(text, "the temperature T", limits)).toEqual({ ok: true, value });
  });

  it.each<[string, typeof T, string]>([
    ["abc", T, "“abc” is not a number from 0 to 100, which the temperature T needs."],
    ["", T, "the temperature T is empty. Type a number from 0 to 100."],
    ["-0.5", T, "“-0.5” is not a number from 0 to 100, which the temperature T needs."],
    ["101", T, "“101” is not a number from 0 to 100, which the temperature T needs."],
    ["1e999", T, "“1e999” is not a number from 0 to 100, which the temperature T needs."],
    ["NaN", T, "“NaN” is not a number from 0 to 100, which the temperature T needs."],
    ["0,5", T, "“0,5” in the temperature T: use a point for decimals, e.g. 0.5."],
    ["0", P, "“0” is not a number greater than 0 and at most 1, which the temperature T needs."],
    ["1.01", P, "“1.01” is not a number greater than 0 and at most 1, which the temperature T needs."],
  ])("readNumber(%j) refuses it with a sentence naming the field and the range", (text, limits, message) => {
    expect(readNumber(text, "the temperature T", limits)).toEqual({ ok: false, message });
  });

  it("numberRange words an open lower end, and writeValue gives a form readNumber reads back", () => {
    expect(numberRange(P)).toBe("a number greater than 0 and at most 1");
    expect(numberRange(T)).toBe("a number from 0 to 100");
    for (const v of [0, 0.7, 0.05, 100]) expect(readNumber(writeValue(v), "T", T)).toEqual({ ok: true, value: v });
  });
});
