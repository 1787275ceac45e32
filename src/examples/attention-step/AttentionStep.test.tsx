// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AttentionStep } from "./AttentionStep.tsx";
import { attentionStepSchema } from "./AttentionStep.schema.ts";

afterEach(() => {
  cleanup();
  // An inspected cell is written to the URL; start every test from a page without parameters.
  window.history.replaceState(null, "", "/");
});

/** Text with no-break spaces made plain, so expectations read naturally. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/\u00a0/g, " ");
const readout = () => document.querySelector(".readout")!;
const expansion = () => plain(readout().querySelector(".expansion")?.textContent);
const group = (name: string) => screen.getByRole("group", { name });
const cell = (name: string, i: number, j: number) => group(name).querySelector<HTMLElement>(`[data-cell="${i}-${j}"]`)!;
const row = (name: string, i: number) =>
  [...group(name).querySelectorAll(`[data-cell^="${i}-"]`)].map((c) => c.textContent);
const marked = (name: string, role: string) =>
  [...group(name).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((c) => c.dataset.cell);

describe("AttentionStep on the cat-sat example", () => {
  it("queries: Q = XW_Q; inspecting Q₂₀ marks row “sat” of X and column 0 of W_Q", () => {
    render(<AttentionStep id="q" example="cat-sat" step="queries" />);
    // q(sat) = (0, 1, 0, −1)·W_q = relation row (4, 0, 0, 0) − half row (0, 0, 0, 2).
    expect(row("Q = XW sub Q: inspect an entry", 2)).toEqual(["4", "0", "0", "−2"]);
    fireEvent.focus(cell("Q = XW sub Q: inspect an entry", 2, 0));
    expect(expansion()).toBe("Q₂₀ = 0·0 + 1·4 + 0·3 + (−1)·0 = 4");
    expect(readout().textContent).toContain("Entry 0 of the query of “sat”: row 2 of X times column 0 of WQ.");
    expect(marked("Embeddings X", "ingredient")).toEqual(["2-0", "2-1", "2-2", "2-3"]);
    expect(marked("Weights W sub Q", "ingredient")).toEqual(["0-0", "1-0", "2-0", "3-0"]);
  });

  it("keys and values: the identity weights give K = V = X", () => {
    render(<AttentionStep id="k" example="cat-sat" step="keys" />);
    const x = [...group("Embeddings X").querySelectorAll("[data-cell]")].map((c) => c.textContent);
    expect(
      [...group("K = XW sub K: inspect an entry").querySelectorAll("[data-cell]")].map((c) => c.textContent),
    ).toEqual(x);
    cleanup();
    render(<AttentionStep id="v" example="cat-sat" step="values" />);
    expect(
      [...group("V = XW sub V: inspect an entry").querySelectorAll("[data-cell]")].map((c) => c.textContent),
    ).toEqual(x);
  });

  it("scores: row “sat” of QKᵀ is (2, 6, 2, −2, −2, 2); inspecting S₂₁ marks q₂ and column 1 of Kᵀ", () => {
    render(<AttentionStep id="s" example="cat-sat" step="scores" />);
    expect(row("Scores S = QKᵀ: inspect an entry", 2)).toEqual(["2", "6", "2", "−2", "−2", "2"]);
    fireEvent.click(cell("Scores S = QKᵀ: inspect an entry", 2, 1));
    expect(expansion()).toBe("S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + (−2)·(−1) = 6");
    expect(marked("Keys, transposed: Kᵀ", "ingredient")).toEqual(["0-1", "1-1", "2-1", "3-1"]);
    // k₁ is the key of token 1 (“cat”): no row of Kᵀ or column of Q is labelled k₀…k₃ or q₀…q₃.
    const labels = (name: string) => group(name).closest(".operand")!.textContent;
    for (const name of ["Keys, transposed: Kᵀ", "Queries Q"]) expect(labels(name)).not.toMatch(/[qk][₀₁₂₃]/);
    expect(labels("Keys, transposed: Kᵀ")).toContain("cat");
  });

  it("scaled: inspecting the score of “on” against “mat” shows 9 / √4 = 9 / 2 = 4.5 and marks the raw score", () => {
    render(<AttentionStep id="d" example="cat-sat" step="scaled" />);
    const scaled = cell("Scaled scores: inspect an entry", 3, 5);
    expect(scaled.textContent).toBe("4.5");
    fireEvent.click(scaled);
    expect(expansion()).toBe("S₃₅ / √dₖ = 9 / √4 = 9 / 2 = 4.5");
    expect(plain(readout().textContent)).toContain("√4 = 2, because every query and key has dₖ = 4 entries");
    expect(marked("Scores S", "ingredient")).toEqual(["3-5"]);
  });

  it("weights: softmax of each row of scaled scores; inspecting a weight marks its row and writes it out", () => {
    render(<AttentionStep id="w" example="cat-sat" step="weights" />);
    expect(row("Weights A: inspect a weight", 2)).toEqual(["0.09", "0.69", "0.09", "0.01", "0.01", "0.09"]);
    expect(row("Weights A: inspect a weight", 3)).toEqual(["<0.01", "0.11", "<0.01", "0.03", "0.03", "0.83"]);
    fireEvent.focus(cell("Weights A: inspect a weight", 2, 1));
    expect(marked("Scaled scores", "ingredient")).toEqual(["2-0", "2-1", "2-2", "2-3", "2-4", "2-5"]);
    // Row (1, 3, 1, −1, −1, 1) minus its largest, 3: (−2, 0, −2, −4, −4, −2).
    expect(plain(readout().textContent)).toContain("(−2, 0, −2, −4, −4, −2)");
    expect(plain(readout().textContent)).toContain("≈ 0.693");
  });

  it("output: the row of “sat” is mostly the value of “cat”", () => {
    render(<AttentionStep id="o" example="cat-sat" step="output" />);
    // ≈ 0.69·(1, 0, 0, −1) + 0.09·(0, 0, 1, −1) + 0.09·(0, 1, 0, −1) + 0.09·(1, 0, 0, 1) + …
    expect(row("Output O = AV: inspect an entry", 2)).toEqual(["0.79", "0.11", "0.12", "−0.76"]);
    expect(row("Weights A", 3)[0]).toBe("<0.01");
  });

  it("works out the focus token's row in the text alternative: the strongest key for scores", () => {
    render(<AttentionStep id="s" example="cat-sat" step="scores" focus="sat" />);
    const words = plain(document.querySelector(".step-in-words")?.textContent);
    expect(words).toContain("S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + (−2)·(−1) = 6");
  });
});

describe("attentionStepSchema", () => {
  it("accepts every step of a known data set and rejects an unknown step or focus token", () => {
    for (const step of ["queries", "keys", "values", "scores", "scaled", "weights", "output"]) {
      expect(attentionStepSchema.safeParse({ id: "s", example: "cat-sat", step }).success).toBe(true);
    }
    expect(attentionStepSchema.safeParse({ id: "s", example: "cat-sat", step: "mask" }).success).toBe(false);
    expect(attentionStepSchema.safeParse({ id: "s", example: "cat-sat", step: "scores", focus: "sat" }).success).toBe(
      true,
    );
    const dog = attentionStepSchema.safeParse({ id: "s", example: "cat-sat", step: "scores", focus: "dog" });
    expect(dog.error?.issues[0]?.message).toContain(
      '"dog" is not a word of the sentence (The, cat, sat, on, the, mat)',
    );
  });
});
