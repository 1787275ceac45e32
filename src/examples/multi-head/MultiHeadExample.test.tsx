// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MultiHeadExample } from "./MultiHeadExample.tsx";
import { multiHeadExampleSchema } from "./MultiHeadExample.schema.ts";

afterEach(() => {
  cleanup();
  // An inspected cell is written to the URL; start every test from a page without parameters.
  window.history.replaceState(null, "", "/");
});

const readouts = () => [...document.querySelectorAll(".readout")];
/** A readout's text with no-break spaces made plain. */
const textOf = (k: number) => (readouts()[k]!.textContent ?? "").replace(/\u00a0/g, " ");
const cellsOf = (group: string) => [
  ...screen.getByRole("group", { name: group }).querySelectorAll<HTMLElement>("[data-cell]"),
];
const marked = (group: string, role: string) =>
  [...screen.getByRole("group", { name: group }).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map(
    (c) => c.dataset.cell,
  );

describe("MultiHeadExample on “cat sat on mat”", () => {
  it("draws two maps that differ: head 1 pairs nouns with relation words, head 2 looks within each half", () => {
    render(<MultiHeadExample id="two-heads" example="cat-sat-two-heads" />);
    const row = (head: number, i: number) =>
      [
        ...screen
          .getByRole("group", { name: `Attention map of head ${head}` })
          .querySelectorAll(`[data-cell^="${i}-"] text`),
      ].map((t) => t.textContent);
    // Head 1, "cat": scores (0, 3, 3, 0) / √2. Head 2, "cat": scores (2, 2, −2, −2) / √2.
    expect(row(1, 0)).toEqual(["0.05", "0.45", "0.45", "0.05"]);
    expect(row(2, 0)).toEqual(["0.47", "0.47", "0.03", "0.03"]);
    expect(row(2, 2)).toEqual(["0.05", "0.01", "0.1", "0.84"]);
  });

  it("inspecting a cell of head 2's map shows its score, the division by √2 and the weight", () => {
    render(<MultiHeadExample id="two-heads" example="cat-sat-two-heads" />);
    fireEvent.focus(screen.getByRole("button", { name: /^head 2: “on” looks at “mat”, weight ≈\s0\.84$/ }));
    const text = textOf(0);
    // q(on) = (2, 3), k(mat) = (1, 1): 2 + 3 = 5; 5 / √2 ≈ 3.54.
    expect(text).toContain("head 2: “on” → “mat”");
    expect(text).toContain("S₂₃ = q₂·k₃ = 2·1 + 3·1 = 5");
    expect(text).toContain("5 / √2 ≈ 5 / 1.41 ≈ 3.54");
    expect(text).toContain("divides by √2, its own dₖ");
    expect(readouts()[1]!.textContent).toContain("Hover, focus or tap an entry of C");
  });

  it("inspecting an entry of C names the head and column it was copied from and marks that cell", () => {
    render(<MultiHeadExample id="two-heads" example="cat-sat-two-heads" />);
    const c = cellsOf("Concatenation C: inspect an entry").find((b) => b.dataset.cell === "2-2")!;
    fireEvent.click(c);
    const text = textOf(1);
    expect(text).toContain("C₂₂ = O²₂₀ ≈ 0.89");
    expect(text).toContain("Column 2 of the concatenation is column 0 of head 2’s output, in the row of “on”");
    expect(marked("Output O² of head 2", "ingredient")).toEqual(["2-0"]);
    expect(marked("Output O¹ of head 1", "ingredient")).toEqual([]);
  });

  it("inspecting an entry of Y expands row i of C times column j of W_O and marks both", () => {
    render(<MultiHeadExample id="two-heads" example="cat-sat-two-heads" />);
    const y = cellsOf("Output Y: inspect an entry").find((b) => b.dataset.cell === "0-2")!;
    fireEvent.pointerOver(y, { pointerType: "mouse" });
    const text = textOf(1);
    // C row "cat" ≈ (0.11, 0.89, 0.5, 0.5); W_O column 2 = (1, 0, −1, 0): 0.11 − 0.5 ≈ −0.39.
    expect(text).toContain("Y₀₂ = 0.11·1 + 0.89·0 + 0.5·(−1) + 0.5·0 ≈ −0.39");
    expect(text).toContain("terms 1–2 use head 1’s output and terms 3–4 use head 2’s output");
    expect(marked("Concatenation C: inspect an entry", "ingredient")).toEqual(["0-0", "0-1", "0-2", "0-3"]);
    expect(marked("Output weights W sub O", "ingredient")).toEqual(["0-2", "1-2", "2-2", "3-2"]);
  });

  it("writes both maps and every row of C and Y into the text alternative", () => {
    render(<MultiHeadExample id="two-heads" example="cat-sat-two-heads" />);
    const words = screen.getByRole("region", { name: "Worked multi-head example in words" }).textContent;
    expect(words).toContain("“cat” looks most at “sat” and “on”, which tie");
    expect(words).toContain("“on” looks most at “mat”: cat 0.05, sat 0.01, on 0.1, mat 0.84.");
    expect(words).toContain("“on”: C row (0.89, 0.11, 0.89, 0.11) = O¹ (0.89, 0.11) then O² (0.89, 0.11)");
  });
});

describe("multiHeadExampleSchema", () => {
  it("accepts a known multi-head data set only", () => {
    expect(multiHeadExampleSchema.safeParse({ id: "h", example: "cat-sat-two-heads" }).success).toBe(true);
    expect(multiHeadExampleSchema.safeParse({ id: "h", example: "cat-sat" }).success).toBe(false);
  });
});
