// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { applyText, resize } from "../../frame/spec.ts";
import { embeddingLookupExample } from "./EmbeddingLookup.fixture.ts";
import { EmbeddingLookup } from "./EmbeddingLookup.tsx";
import { embeddingLookupSpec } from "./EmbeddingLookup.editing.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const props = embeddingLookupExample;
const spec = embeddingLookupSpec(props);
const authored = { vocabulary: props.vocabulary, E: props.E, tokens: props.tokens };
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("embeddingLookupSpec", () => {
  it("says so when a renamed vocabulary word is still a token, naming it and listing the vocabulary", () => {
    expect(messageOf(applyText(spec, authored, "vocabulary", "a cat sat on mat"))).toBe(
      "Token 0, “the”, is not in the vocabulary (a, cat, sat, on, mat). Every token must be a vocabulary word, spelt the same way; " +
        "if you renamed a word, change the tokens that use it too.",
    );
  });

  it("refuses a token outside the vocabulary and a vocabulary word given twice", () => {
    expect(messageOf(applyText(spec, authored, "tokens", "the dog"))).toMatch(
      /^Token 1, “dog”, is not in the vocabulary \(the, cat, sat, on, mat\)\./,
    );
    expect(messageOf(applyText(spec, authored, "vocabulary", "the cat sat on the"))).toBe(
      "“the” is in the vocabulary twice: each word owns one row of E, so give every word once.",
    );
  });

  it("ties the vocabulary to E's rows: a new word gets a row of zeros", () => {
    expect(resize(spec, authored, "words", 1)).toMatchObject({
      ok: true,
      value: { vocabulary: [...props.vocabulary, "word5"], E: [...props.E, [0, 0, 0]], tokens: props.tokens },
    });
    expect(messageOf(applyText(spec, authored, "E", "1 0; 0 1"))).toBe(
      "E has 2 rows but vocabulary has 5 words: they must match (vocabulary words (rows of E)). Use the size buttons to change both together.",
    );
  });

  it("adds a token as the page's first vocabulary word, up to 6 tokens", () => {
    const five = { ...authored, tokens: props.tokens.slice(0, 5) };
    expect(resize(spec, five, "tokens", 1)).toMatchObject({
      ok: true,
      value: { tokens: ["the", "cat", "sat", "on", "the", "the"] },
    });
    expect(messageOf(resize(spec, authored, "tokens", 1))).toBe(
      "Tokens of the sentence (rows of X) cannot go above 6.",
    );
  });

  it("reads the inspected token as its position and an entry of X as row,column", () => {
    const codec = spec.inspect!;
    expect(codec.read("2", authored)).toEqual({ row: 2, col: null });
    expect(codec.read("5,2", authored)).toEqual({ row: 5, col: 2 });
    expect(codec.read("6", authored)).toBeNull();
    expect(codec.read("0,3", authored)).toBeNull();
    expect(codec.read("cat", authored)).toBeNull();
    expect([codec.write({ row: 2, col: null }), codec.write({ row: 1, col: 0 })]).toEqual(["2", "1,0"]);
  });
});

describe("EmbeddingLookup with values from a link", () => {
  it("looks up the link's sentence and writes the inspected entry as a one-hot product", () => {
    window.history.replaceState(null, "", "/?embedding-lookup.tokens=mat+on+the&embedding-lookup.inspect=1,2");
    render(<EmbeddingLookup {...props} />);
    // By hand: mat → row 4 (0, 1, 2), on → row 3 (1, 1, −1), the → row 0 (1, 0, 1).
    const X = screen.getByRole("group", { name: "Embeddings X: inspect an entry" });
    expect(
      within(X)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["0", "1", "2", "1", "1", "−1", "1", "0", "1"]);
    // X₁₂ = e₃ · column 2 of E = (0, 0, 0, 1, 0)·(1, 1, 0, −1, 2) = −1.
    expect(document.querySelector(".readout .expansion")?.textContent).toBe(
      "X₁₂ = 0·1 + 0·1 + 0·0 + 1·(−1) + 0·2 = −1",
    );
    expect(
      within(X)
        .getByRole("button", { name: /^X row 1 \(“on”\), column 2/ })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    const words = screen.getByRole("region", { name: "Worked embedding lookup example in words" }).textContent;
    expect(words).toContain("“mat on the” becomes 4, 3, 0.");
    expect(words).toContain("Token 1, “on”: id 3, so row 1 of X is row 3 of E, (1, 1, −1).");
  });

  it("keeps the page's sentence when a link's tokens are not in the vocabulary, and says why", () => {
    window.history.replaceState(null, "", "/?embedding-lookup.tokens=the+dog");
    render(<EmbeddingLookup {...props} />);
    expect(document.querySelector(".example-note")?.textContent).toContain("Token 1, “dog”, is not in the vocabulary");
    expect(screen.getByRole("region", { name: "Worked embedding lookup example in words" }).textContent).toContain(
      "becomes 0, 1, 2, 3, 0, 4.",
    );
  });
});
