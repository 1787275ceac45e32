import { describe, expect, it } from "vitest";
import { answerTolerance, matchesAnswer, parseNumberAnswer } from "./index.ts";

describe("parseNumberAnswer reads equivalent forms", () => {
  it.each([
    ["17", 17],
    ["17.0", 17],
    ["+17", 17],
    [" 17 ", 17],
    ["\u22121", -1],
    ["-1", -1],
    ["– 1", -1],
    [".5", 0.5],
    ["0.67", 0.67],
    ["1,024", 1024],
    ["2.5e3", 2500],
    ["-0", 0],
  ])("parseNumberAnswer(%j) = %d", (text, value) => {
    expect(parseNumberAnswer(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "Nothing to check yet"],
    ["   ", "Nothing to check yet"],
    ["abc", "“abc” is not a number"],
    ["NaN", "“NaN” is not a number"],
    ["Infinity", "“Infinity” is not a number"],
    ["1e999", "far too large"],
    ["0,25", "Use a point for decimals"],
    ["1 7x", "is not a number"],
    ["--1", "is not a number"],
  ])("parseNumberAnswer(%j) refuses with a message containing %j", (text, message) => {
    const parsed = parseNumberAnswer(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(message);
      expect(parsed.message).toContain("Type a number such as 17, −1 or 0.25.");
    }
  });
});

describe("matchesAnswer applies the stated tolerance", () => {
  it("answerTolerance(2) is half a hundredth: ±0.005", () => {
    expect(answerTolerance(2)).toBeCloseTo(0.005, 8);
  });

  it("a weight of 0.665241 (exp(0)/(exp(−2)+exp(−1)+exp(0))) accepts 0.67, 0.665 and 0.661 but not 0.66 or 0.7", () => {
    const w = 0.665241;
    expect(matchesAnswer(0.67, w, 2)).toBe(true);
    expect(matchesAnswer(0.665, w, 2)).toBe(true);
    expect(matchesAnswer(0.661, w, 2)).toBe(true); // 0.004241 away
    expect(matchesAnswer(0.66, w, 2)).toBe(false); // 0.005241 away
    expect(matchesAnswer(0.7, w, 2)).toBe(false);
  });

  it("an exact answer accepts only floating-point noise: 0.1 + 0.2 matches 0.3, 17.01 does not match 17", () => {
    expect(matchesAnswer(0.1 + 0.2, 0.3)).toBe(true);
    expect(matchesAnswer(17.01, 17)).toBe(false);
    expect(matchesAnswer(536870912, 536870912)).toBe(true);
  });
});
