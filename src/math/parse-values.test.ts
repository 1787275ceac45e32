import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  counted,
  readCell,
  readMatrix,
  readNumber,
  readRow,
  readWhole,
  readWords,
  typedText,
  writeValue,
  type Read,
} from "./parse-values.ts";

const message = (read: Read<unknown>) => (read.ok ? "" : read.message);

describe("readRow", () => {
  it.each([
    ["2, 3", [2, 3]],
    ["2 3", [2, 3]],
    ["2,3", [2, 3]],
    ["  −1 ,  0.5  ", [-1, 0.5]],
    ["+4", [4]],
  ])("reads %j", (text, value) => {
    expect(readRow(text, "x")).toEqual({ ok: true, value });
  });

  it.each([
    ["", "x is empty"],
    ["abc", "“abc” in x is not a number"],
    ["NaN", "“NaN” in x is not a number"],
    ["--2", "“--2” in x is not a number"],
    ["1,,2", "has an empty entry"],
    ["1e999", "“1e999” in x is too large"],
    ["10000", "too large to show"],
    ["1 2 3 4 5 6 7", "x has 7 numbers; it takes at most 6"],
    ["1; 2", "single row"],
  ])("refuses %j, saying what is wrong", (text, expected) => {
    expect(message(readRow(text, "x"))).toContain(expected);
  });
});

describe("readMatrix", () => {
  it("reads rows separated by semicolons or new lines, numbers by spaces or commas", () => {
    expect(readMatrix("1 10; 0 -1", "W")).toEqual({
      ok: true,
      value: [
        [1, 10],
        [0, -1],
      ],
    });
    expect(readMatrix("1,10\n0,-1;", "W")).toEqual({
      ok: true,
      value: [
        [1, 10],
        [0, -1],
      ],
    });
  });

  it.each([
    ["1 2; 3", "Row 1 of W has 1 number but row 0 has 2"],
    ["1 2;; 3 4", "empty row 1"],
    ["1;2;3;4;5;6;7", "W has 7 rows; it takes at most 6"],
    ["1 2 3 4 5 6 7", "W has 7 columns"],
    ["1 x; 2 3", "“x” in row 0 of W is not a number"],
    ["", "W is empty"],
  ])("refuses %j", (text, expected) => {
    expect(message(readMatrix(text, "W"))).toContain(expected);
  });
});

describe("counted", () => {
  it("puts a count with its noun, singular for exactly one", () => {
    expect([0, 1, 2].map((n) => counted(n, "number"))).toEqual(["0 numbers", "1 number", "2 numbers"]);
    expect(counted(1, "entry", "entries")).toBe("1 entry");
    expect(counted(3, "entry", "entries")).toBe("3 entries");
  });

  it("is used in size messages: one number, one column", () => {
    expect(message(readRow("5", "x", { minCols: 2 }))).toBe("x has 1 number; it needs at least 2.");
    expect(message(readMatrix("5; 6", "W", { minCols: 2 }))).toContain("W has 1 column; it needs at least 2.");
  });
});

describe("readCell, readWhole, readWords", () => {
  it("reads one number, and names the cell when refusing", () => {
    expect(readCell(" 17 ", "y₁")).toEqual({ ok: true, value: 17 });
    expect(message(readCell("0,5", "W row 0, column 1"))).toBe(
      "“0,5” in W row 0, column 1: use a point for decimals, e.g. 0.5.",
    );
    expect(message(readCell("", "x₀"))).toContain("x₀ is empty");
  });

  it("reads whole numbers within limits only", () => {
    expect(readWhole("3", "step", 0, 4)).toEqual({ ok: true, value: 3 });
    expect(message(readWhole("2.5", "step", 0, 4))).toContain("not a whole number from 0 to 4");
    expect(message(readWhole("99", "step", 0, 4))).toContain("not a whole number from 0 to 4");
  });

  it("reads a sentence, dropping end punctuation, refusing markup", () => {
    expect(readWords("The dog ran home.", "sentence", { min: 2, max: 8 })).toEqual({
      ok: true,
      value: ["The", "dog", "ran", "home"],
    });
    expect(message(readWords("<img src=x>", "sentence", { min: 1, max: 8 }))).toContain("is not a word");
    expect(message(readWords("a", "sentence", { min: 2, max: 8 }))).toContain("needs at least 2");
    expect(
      message(readWords("one two three four five six seven eight nine", "sentence", { min: 2, max: 8 })),
    ).toContain("at most 8");
  });

  it("keeps to a vocabulary, using its spelling", () => {
    expect(readWords("THE cat", "prompt", { min: 1, max: 4, vocabulary: ["the", "cat"] })).toEqual({
      ok: true,
      value: ["the", "cat"],
    });
    expect(message(readWords("the dog", "prompt", { min: 1, max: 4, vocabulary: ["the", "cat"] }))).toContain(
      "“dog” is not one of the choices for prompt",
    );
  });
});

describe("readNumber", () => {
  const base = { min: 0, max: 1_000_000, minInclusive: false };

  it.each<[string, number]>([
    ["10000", 10_000],
    ["0.5", 0.5],
    ["1e6", 1_000_000],
    ["500,000", 500_000],
    [" 2.5e3 ", 2500],
  ])("reads %j as %d", (text, value) => {
    expect(readNumber(text, "base", base)).toEqual({ ok: true, value });
  });

  it.each<[string, string]>([
    ["", "base is empty. Type a number greater than 0 and at most 1,000,000."],
    ["abc", "“abc” is not a number greater than 0 and at most 1,000,000, which base needs."],
    ["0", "“0” is not a number greater than 0 and at most 1,000,000, which base needs."],
    ["-3", "“-3” is not a number greater than 0 and at most 1,000,000, which base needs."],
    ["1000001", "“1000001” is not a number greater than 0 and at most 1,000,000, which base needs."],
    ["1e999", "“1e999” is not a number greater than 0 and at most 1,000,000, which base needs."],
    ["0,5", "“0,5” in base: use a point for decimals, e.g. 0.5."],
  ])("refuses %j: %s", (text, expected) => {
    expect(message(readNumber(text, "base", base))).toBe(expected);
  });

  it("keeps min itself when minInclusive is left out, and writes negative limits with a minus sign", () => {
    expect(readNumber("-1", "t", { min: -1, max: 1 })).toEqual({ ok: true, value: -1 });
    expect(message(readNumber("2", "t", { min: -1, max: 1 }))).toBe("“2” is not a number from −1 to 1, which t needs.");
  });
});

describe("writeValue and typedText", () => {
  it("write the URL form and the typed form", () => {
    expect(
      writeValue([
        [1, 10],
        [0, -1],
      ]),
    ).toBe("1,10;0,-1");
    expect(
      typedText([
        [1, 10],
        [0, -1],
      ]),
    ).toBe("1 10; 0 -1");
    expect(writeValue([2, 3])).toBe("2,3");
    expect(typedText([2, 3])).toBe("2, 3");
    expect(writeValue(["the", "cat"])).toBe("the cat");
  });

  it("never throws on any text, never accepts a non-finite number, and what it accepts reads back from both forms", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: fc.constantFrom(..."0123456789 ,;.-−e+\nab<"), maxLength: 30 }),
        ),
        (text) => {
          const matrix = readMatrix(text, "M");
          if (matrix.ok) {
            expect(matrix.value.flat().every(Number.isFinite)).toBe(true);
            expect(readMatrix(writeValue(matrix.value), "M")).toEqual(matrix);
            expect(readMatrix(typedText(matrix.value), "M")).toEqual(matrix);
          } else expect(matrix.message.length).toBeGreaterThan(0);
          const row = readRow(text, "x");
          if (row.ok) expect(readRow(writeValue(row.value), "x")).toEqual(row);
          const words = readWords(text, "s", { min: 1, max: 8 });
          if (words.ok) {
            expect(words.value.join(" ")).not.toMatch(/[<>&"]/);
            expect(readWords(writeValue(words.value), "s", { min: 1, max: 8 })).toEqual(words);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("round-trips any matrix of allowed numbers through its URL form", () => {
    const entry = fc.double({ min: -9999, max: 9999, noNaN: true }).map((n) => (Math.abs(n) < 1e-6 ? 0 : n + 0));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.infiniteStream(entry),
        (rows, cols, stream) => {
          const it = stream[Symbol.iterator]();
          const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => it.next().value as number));
          expect(readMatrix(writeValue(m), "M")).toEqual({ ok: true, value: m });
        },
      ),
    );
  });
});
