// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AttentionMapExample } from "./AttentionMapExample.tsx";
import { attentionMapExampleSchema } from "./AttentionMapExample.schema.ts";

afterEach(() => {
  cleanup();
  // An inspected cell is written to the URL; start every test from a page without parameters.
  window.history.replaceState(null, "", "/");
});

const readout = () => document.querySelector(".readout")!;
/** Text with no-break spaces made plain, so expectations read naturally. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/\u00a0/g, " ");
const facts = () => [...document.querySelectorAll(".map-facts dd")].map((dd) => plain(dd.textContent));

describe("AttentionMapExample on “The cat sat on the mat”", () => {
  it("draws one cell per query and key, with the weights computed from X and the weights", () => {
    render(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    expect(document.querySelectorAll(".attention-map [role=button]")).toHaveLength(36);
    // Row "sat": scaled scores (1, 3, 1, −1, −1, 1), so e³ / (3e + e³ + 2/e) ≈ 0.69 for "cat".
    expect(screen.getByRole("button", { name: /^“sat” looks at “cat”: weight ≈\s0\.69$/ })).toBeTruthy();
  });

  it("names each query's strongest key in the figure's description", () => {
    render(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    expect(document.querySelector("desc")?.textContent).toContain(
      "The → cat; cat → The; sat → cat; on → mat; the → mat; mat → the.",
    );
  });

  it("inspecting “sat” → “cat” shows the query, key, score, scaled score and weight", () => {
    render(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    fireEvent.focus(screen.getByRole("button", { name: /^“sat” looks at “cat”/ }));
    expect(readout().querySelector(".expansion")?.textContent).toBe("“sat” → “cat”");
    // q(sat) = (4, 0, 0, −2), k(cat) = (1, 0, 0, −1): 4·1 + (−2)·(−1) = 6; 6 / √4 = 3.
    expect(facts()).toEqual([
      "“sat”, row 2",
      "“cat”, column 1",
      "S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + (−2)·(−1) = 6",
      "6 / √4 = 6 / 2 = 3",
      "≈ 0.69",
    ]);
    expect(readout().textContent).toContain("the largest goes to “cat”");
  });

  it("inspecting “mat” → “on” by hover shows a score of 4, scaled to 2", () => {
    render(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    fireEvent.pointerOver(screen.getByRole("button", { name: /^“mat” looks at “on”/ }), { pointerType: "mouse" });
    // q(mat) = (0, −2, 4, 2), k(on) = (0, 1, 1, 1): −2 + 4 + 2 = 4.
    expect(facts().slice(2)).toEqual(["S₅₃ = q₅·k₃ = 0·0 + (−2)·1 + 4·1 + 2·1 = 4", "4 / √4 = 4 / 2 = 2", "≈ 0.22"]);
    expect(readout().textContent).toContain("the largest goes to “the”");
  });

  it("shows a hint until something is inspected, and again after Escape", () => {
    render(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    expect(readout().textContent).toContain("Hover, focus or tap a cell");
    const cell = screen.getByRole("button", { name: /^“on” looks at “mat”/ });
    fireEvent.click(cell);
    expect(readout().textContent).toContain("“on” → “mat”");
    fireEvent.keyDown(cell, { key: "Escape" });
    expect(readout().textContent).toContain("Hover, focus or tap a cell");
  });

  it("writes every row of weights into the text alternative", () => {
    render(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    const words = screen.getByRole("region", { name: "The map in words" }).textContent;
    expect(words).toContain("“sat” looks most at “cat”: The 0.09, cat 0.69, sat 0.09, on 0.01, the 0.01, mat 0.09.");
    expect(words).toContain("“on” looks most at “mat”: The <0.01, cat 0.11, sat <0.01, on 0.03, the 0.03, mat 0.83.");
  });
});

describe("attentionMapExampleSchema", () => {
  it("accepts a known data set and rejects an unknown one or an extra prop", () => {
    expect(attentionMapExampleSchema.safeParse({ id: "map", example: "cat-sat" }).success).toBe(true);
    expect(attentionMapExampleSchema.safeParse({ id: "map", example: "dog-ran" }).success).toBe(false);
    expect(attentionMapExampleSchema.safeParse({ id: "map", example: "cat-sat", X: [[1]] }).success).toBe(false);
  });
});
