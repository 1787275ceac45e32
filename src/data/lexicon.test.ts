import { describe, expect, it } from "vitest";
import { catSatTwoHeads } from "./cat-sat-two-heads.ts";
import { catSat } from "./cat-sat.ts";
import { halfOf, LEXICON_FEATURES, readSentence, readWord, sentenceFeatures } from "./lexicon.ts";

const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("sentenceFeatures", () => {
  it("gives exactly catSat.X for “The cat sat on the mat”", () => {
    expect(sentenceFeatures(["The", "cat", "sat", "on", "the", "mat"])).toEqual(catSat.X);
    expect(sentenceFeatures(catSat.tokens)).toEqual(catSat.X);
  });

  it("gives exactly catSatTwoHeads.X for “cat sat on mat”", () => {
    expect(sentenceFeatures(catSatTwoHeads.tokens)).toEqual(catSatTwoHeads.X);
  });

  it("uses the columns both data sets name, in their order", () => {
    expect(catSat.features).toEqual(LEXICON_FEATURES);
    expect(catSatTwoHeads.features).toEqual(LEXICON_FEATURES);
  });

  it("reads “the dog ran” as function, noun, relation, with the middle word in neither half", () => {
    expect(sentenceFeatures(["the", "dog", "ran"])).toEqual([
      [0, 0, 1, -1],
      [1, 0, 0, 0],
      [0, 1, 0, 1],
    ]);
  });

  it("gives repeated words the same kind but their own half", () => {
    expect(sentenceFeatures(["dog", "dog"])).toEqual([
      [1, 0, 0, -1],
      [1, 0, 0, 1],
    ]);
  });
});

describe("readWord", () => {
  it("finds function words, verbs and prepositions without case, and counts other words as nouns", () => {
    expect(readWord("THE")).toEqual({ kind: "function", known: true });
    expect(readWord("She")).toEqual({ kind: "function", known: true });
    expect(readWord("chased")).toEqual({ kind: "relation", known: true });
    expect(readWord("Under")).toEqual({ kind: "preposition", known: true });
    expect(readWord("zebra")).toEqual({ kind: "noun", known: false });
    // No guessing from spelling: a verb missing from the list is a noun, as the page says.
    expect(readWord("tiptoed")).toEqual({ kind: "noun", known: false });
    expect(readWord("42")).toEqual({ kind: "noun", known: false });
  });
});

describe("halfOf", () => {
  it("splits even counts in two and leaves the middle of odd counts at 0", () => {
    expect([0, 1, 2, 3].map((i) => halfOf(i, 4))).toEqual([-1, -1, 1, 1]);
    expect([0, 1, 2, 3, 4].map((i) => halfOf(i, 5))).toEqual([-1, -1, 0, 1, 1]);
    expect([0, 1].map((i) => halfOf(i, 2))).toEqual([-1, 1]);
  });
});

describe("readSentence", () => {
  it("accepts 2–8 words, dropping punctuation at the ends", () => {
    expect(readSentence("The dog ran.")).toEqual({ ok: true, value: ["The", "dog", "ran"] });
    expect(readSentence("a b c d e f g h")).toMatchObject({ ok: true });
  });

  it.each([
    ["", "sentence is empty. Type 2 to 8 words separated by spaces."],
    ["dog", "sentence has 1 word; it needs at least 2."],
    ["a b c d e f g h i", "sentence has 9 words; it takes at most 8."],
    ["<b>hi</b>", "“<b>hi</b>” in sentence is not a word"],
    ["the " + "a".repeat(40), "in sentence is longer than 12 letters."],
  ])("refuses %j with a message", (text, expected) => {
    expect(messageOf(readSentence(text))).toContain(expected);
  });
});
