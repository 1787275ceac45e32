// @vitest-environment happy-dom
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { catSat as catSatData } from "../../data/cat-sat.ts";
import { catSatTwoHeads } from "../../data/cat-sat-two-heads.ts";
import { sentenceFeatures } from "../../data/lexicon.ts";
import { multiHeadAttention } from "../../math/index.ts";
import { runSingleHead } from "./single-head-run.ts";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { AttentionMapExample } from "./AttentionMapExample.tsx";
import { attentionMapSpec } from "./AttentionMapExample.editing.ts";
import { attentionMapExampleSchema } from "./AttentionMapExample.schema.ts";
import { attentionStepSchema } from "../attention-step/AttentionStep.schema.ts";
import { AttentionStep } from "../attention-step/AttentionStep.tsx";
import { attentionStepSpec } from "../attention-step/AttentionStep.editing.ts";
import { describeWords } from "./attention-map-sentence.ts";
import { MultiHeadExample } from "../multi-head/MultiHeadExample.tsx";
import { multiHeadCodec, type MultiHeadTarget } from "../multi-head/MultiHeadExample.editing.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const catSat = { sentence: ["The", "cat", "sat", "on", "the", "mat"] };
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);
/** Text with no-break spaces made plain. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/\u00a0/g, " ");

describe("the sentence spec", () => {
  it("accepts a typed sentence of 2–8 words, and refuses 1 or 9 with the field's message", () => {
    expect(applyText(attentionMapSpec, catSat, "sentence", "the dog ran")).toEqual({
      ok: true,
      value: { sentence: ["the", "dog", "ran"] },
    });
    expect(messageOf(applyText(attentionMapSpec, catSat, "sentence", "dog"))).toBe(
      "sentence has 1 word; it needs at least 2.",
    );
    expect(messageOf(applyText(attentionMapSpec, catSat, "sentence", "a b c d e f g h i"))).toBe(
      "sentence has 9 words; it takes at most 8.",
    );
    expect(messageOf(applyText(attentionMapSpec, catSat, "sentence", "<b>hi</b>"))).toContain("is not a word");
  });

  it("adds “dog” with the + button and stops at 2 and 8 words", () => {
    expect(resize(attentionMapSpec, catSat, "words", 1)).toEqual({
      ok: true,
      value: { sentence: [...catSat.sentence, "dog"] },
    });
    expect(messageOf(resize(attentionMapSpec, { sentence: ["a", "b"] }, "words", -1))).toBe(
      "Words of the sentence cannot go below 2.",
    );
    expect(messageOf(resize(attentionMapSpec, { sentence: "a b c d e f g h".split(" ") }, "words", 1))).toBe(
      "Words of the sentence cannot go above 8.",
    );
  });

  it("reads a sentence and a map cell from a link, and refuses a cell the sentence does not have", () => {
    const read = readUrlState(
      attentionMapSpec,
      "m",
      catSat,
      new URLSearchParams("m.sentence=the+dog+ran&m.inspect=2,1"),
    );
    expect(read).toMatchObject({ values: { sentence: ["the", "dog", "ran"] }, inspect: "2,1", problems: [] });
    const outside = readUrlState(
      attentionMapSpec,
      "m",
      catSat,
      new URLSearchParams("m.sentence=the+dog+ran&m.inspect=5,0"),
    );
    expect(outside.inspect).toBeNull();
    expect(outside.problems[0]).toContain("The link asks to inspect “5,0”");
  });

  it("inspects a step's own result: Q has 4 columns, the scores one per word", () => {
    const values = { sentence: ["the", "dog", "ran"] };
    expect(attentionStepSpec({ example: "cat-sat", step: "queries" }).inspect!.read("2,3", values)).toEqual({
      row: 2,
      col: 3,
    });
    expect(attentionStepSpec({ example: "cat-sat", step: "scores" }).inspect!.read("2,3", values)).toBeNull();
    expect(attentionStepSpec({ example: "cat-sat", step: "scores" }).inspect!.read("2,2", values)).toEqual({
      row: 2,
      col: 2,
    });
  });
});

describe("multiHeadCodec", () => {
  const codec = multiHeadCodec("cat-sat-two-heads");
  const four = { sentence: ["cat", "sat", "on", "mat"] };

  it.each<[string, MultiHeadTarget]>([
    ["head1:2,0", { part: "map", head: 0, row: 2, col: 0 }],
    ["head2:3,3", { part: "map", head: 1, row: 3, col: 3 }],
    ["concat:1,2", { part: "concat", head: 0, row: 1, col: 2 }],
    ["out:0,3", { part: "output", head: 0, row: 0, col: 3 }],
  ])("reads %s and writes it back", (text, target) => {
    expect(codec.read(text, four)).toEqual(target);
    expect(codec.write(target)).toBe(text);
  });

  it.each(["head3:0,0", "head0:0,0", "head1:4,0", "concat:0,4", "out:0,4", "map:0,0", "2,0", ""])(
    "refuses %j",
    (text) => {
      expect(codec.read(text, four)).toBeNull();
    },
  );
});

describe("the examples follow a learner's sentence", () => {
  it("describeWords says which words were in the word list", () => {
    expect(describeWords(["the", "dog", "ran", "on"])).toEqual([
      "the: function word",
      "dog: noun (not in the word list)",
      "ran: relation word",
      "on: preposition",
    ]);
  });

  it("AttentionMapExample maps “the dog ran”, computed by hand", () => {
    render(<AttentionMapExample id="m" example="cat-sat" sentence={["the", "dog", "ran"]} />);
    const row = (i: number) =>
      [...document.querySelectorAll(`.attention-map [data-cell^="${i}-"] text`)].map((t) => t.textContent);
    // X: the (0,0,1,−1), dog (1,0,0,0), ran (0,1,0,1). Q = XW_q: the (3,0,0,−2), dog (0,−2,4,0), ran (4,0,0,2).
    // Scores / 2: the (1, 1.5, −1), dog (2, 0, −1), ran (−1, 2, 1); softmax of each row:
    expect(row(0)).toEqual(["0.36", "0.59", "0.05"]);
    expect(row(1)).toEqual(["0.84", "0.11", "0.04"]);
    expect(row(2)).toEqual(["0.04", "0.71", "0.26"]);
    fireEvent.focus(screen.getByRole("button", { name: /^“ran” looks at “dog”/ }));
    const facts = [...document.querySelectorAll(".map-facts dd")].map((dd) => plain(dd.textContent));
    expect(facts.slice(2)).toEqual(["S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + 2·0 = 4", "4 / √4 = 4 / 2 = 2", "≈ 0.71"]);
    expect(screen.getByRole("region", { name: "The map in words" }).textContent).toContain(
      "“ran” looks most at “dog”: the 0.04, dog 0.71, ran 0.26.",
    );
    expect(document.querySelector(".word-kinds")?.textContent).toContain("dog: noun (not in the word list)");
  });

  it("AttentionStep follows the sentence in every step: Q, the scores and the output", () => {
    render(<AttentionStep id="q" example="cat-sat" step="queries" sentence={["the", "dog", "ran"]} />);
    const cells = (name: string, i: number) =>
      [...screen.getByRole("group", { name }).querySelectorAll(`[data-cell^="${i}-"]`)].map((c) => c.textContent);
    expect(cells("Q = XW sub Q: inspect an entry", 2)).toEqual(["4", "0", "0", "2"]);
    cleanup();
    render(<AttentionStep id="s" example="cat-sat" step="scores" sentence={["the", "dog", "ran"]} />);
    // q(ran) = (4, 0, 0, 2) against k = X: the −2, dog 4, ran 2.
    expect(cells("Scores S = QKᵀ: inspect an entry", 2)).toEqual(["−2", "4", "2"]);
    cleanup();
    render(<AttentionStep id="o" example="cat-sat" step="output" sentence={["dog", "ran"]} />);
    // “ran”: scaled scores (1, 1), weights (0.5, 0.5); O = 0.5·(1, 0, 0, −1) + 0.5·(0, 1, 0, 1) = (0.5, 0.5, 0, 0).
    expect(cells("Output O = AV: inspect an entry", 1)).toEqual(["0.5", "0.5", "0", "0"]);
  });

  it("MultiHeadExample runs “dog ran” through both heads, computed by hand", () => {
    render(<MultiHeadExample id="h" example="cat-sat-two-heads" sentence={["dog", "ran"]} />);
    const map = (head: number, i: number) =>
      [
        ...screen
          .getByRole("group", { name: `Attention map of head ${head}` })
          .querySelectorAll(`[data-cell^="${i}-"] text`),
      ].map((t) => t.textContent);
    // Head 1: q(dog) = (0, 3), k(dog) = (1, 0), k(ran) = (0, 1): scores (0, 3) / √2, weights 1 / (1 + e^2.12) ≈ 0.11 and 0.89.
    expect(map(1, 0)).toEqual(["0.11", "0.89"]);
    // Head 2: q(dog) = (−2, 0), k(dog) = (−1, 1), k(ran) = (1, 0): scores (2, −2) / √2, weights ≈ 0.94 and 0.06.
    expect(map(2, 0)).toEqual(["0.94", "0.06"]);
    // Y row “dog”: C = (0.107, 0.893, 0.944, 0.056); Y = (c0 + c2, c1 + c3, c0 − c2, c1 − c3).
    const y = [
      ...screen.getByRole("group", { name: "Output Y: inspect an entry" }).querySelectorAll('[data-cell^="0-"]'),
    ].map((c) => c.textContent);
    expect(y).toEqual(["1.05", "0.95", "−0.84", "0.84"]);
  });

  it("MultiHeadExample restores an inspected entry of Y from a link", () => {
    window.history.replaceState(null, "", "/?h.sentence=dog+ran&h.inspect=out:0,2");
    render(<MultiHeadExample id="h" example="cat-sat-two-heads" />);
    const cell = screen.getByRole("group", { name: "Output Y: inspect an entry" }).querySelector('[data-cell="0-2"]')!;
    expect(cell.getAttribute("aria-pressed")).toBe("true");
    expect(cell.textContent).toBe("−0.84");
  });
});

describe("any accepted sentence", () => {
  it("gives finite numbers and weights that sum to 1 in both data sets", () => {
    const word = fc.constantFrom("the", "a", "she", "is", "sat", "ran", "on", "under", "cat", "dog", "42", "Zebra");
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 8 }), (words) => {
        const X = sentenceFeatures(words);
        const one = runSingleHead({ ...catSatData, tokens: words, X });
        const two = multiHeadAttention(X, catSatTwoHeads.heads, catSatTwoHeads.WO);
        const all = [one.scores, one.weights, one.output, two.output, ...two.heads.map((h) => h.weights)].flat(2);
        expect(all.every(Number.isFinite)).toBe(true);
        for (const row of [...one.weights, ...two.heads.flatMap((h) => h.weights)])
          expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe("the sentence prop", () => {
  it("is optional, takes 2–8 words, and names what is wrong", () => {
    expect(attentionMapExampleSchema.safeParse({ id: "m", example: "cat-sat" }).success).toBe(true);
    expect(attentionMapExampleSchema.safeParse({ id: "m", example: "cat-sat", sentence: ["the", "dog"] }).success).toBe(
      true,
    );
    const one = attentionMapExampleSchema.safeParse({ id: "m", example: "cat-sat", sentence: ["dog"] });
    expect(one.error?.issues[0]?.message).toBe("sentence has 1 word; it needs at least 2.");
    const two = attentionMapExampleSchema.safeParse({ id: "m", example: "cat-sat", sentence: ["the dog", "ran"] });
    expect(two.error?.issues[0]?.message).toBe("each entry must be one word");
  });

  it("makes a step's focus a word of that sentence", () => {
    expect(
      attentionStepSchema.safeParse({
        id: "s",
        example: "cat-sat",
        step: "scores",
        sentence: ["the", "dog"],
        focus: "dog",
      }).success,
    ).toBe(true);
    const cat = attentionStepSchema.safeParse({
      id: "s",
      example: "cat-sat",
      step: "scores",
      sentence: ["the", "dog"],
      focus: "cat",
    });
    expect(cat.error?.issues[0]?.message).toContain('"cat" is not a word of the sentence (the, dog)');
  });
});
