// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { explainWeightedSum, formatDotExpansion, subscript } from "../../math/index.ts";
import { WeightedSumExample } from "./WeightedSumExample.tsx";

afterEach(cleanup);

/** The example of content/weighted-sum-of-values.mdx. */
const weights = [
  [0.5, 0.25, 0.25],
  [0.25, 0.5, 0.25],
  [0.1, 0.8, 0.1],
];
const V = [
  [4, 0],
  [0, 2],
  [2, 2],
];
const props = { id: "weighted-sum", weights, V, tokens: ["the", "cat", "sat"] };

function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

describe("WeightedSumExample", () => {
  it("shows O = AV = [[2.5, 1], [1.5, 1.5], [0.6, 1.8]]", () => {
    render(<WeightedSumExample {...props} />);
    // By hand: o₀ = 0.5·(4, 0) + 0.25·(0, 2) + 0.25·(2, 2) = (2.5, 1);
    // o₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8).
    const output = screen.getByRole("group", { name: "Output O = AV: inspect an entry" });
    expect(
      within(output)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["2.5", "1", "1.5", "1.5", "0.6", "1.8"]);
  });

  it("inspecting O₂₁ shows the entry, the whole row as a mix of value rows, and marks the weights and column 1 of V", () => {
    render(<WeightedSumExample {...props} />);
    fireEvent.click(screen.getByRole("button", { name: "O row 2 (“sat”), column 1: 1.8" }));
    const lines = [...document.querySelectorAll(".readout .expansion")].map((p) => p.textContent);
    expect(lines[0]).toBe("O₂₁ = 0.1·0 + 0.8·2 + 0.1·2 = 1.8");
    expect(lines[1]).toBe("o₂ = A₂₀·v₀ + A₂₁·v₁ + A₂₂·v₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)");
    expect(document.querySelector(".readout")?.textContent).toContain(
      "Query 2 (“sat”) takes 0.1 of “the”, 0.8 of “cat”, 0.1 of “sat”.",
    );
    expect(cellsWithRole("Attention weights A", "ingredient")).toEqual(["2-0", "2-1", "2-2"]);
    expect(cellsWithRole("Values V", "ingredient")).toEqual(["0-1", "1-1", "2-1"]);
  });

  it("says the same as explainWeightedSum(A, V, i, j) for every entry", () => {
    render(<WeightedSumExample {...props} />);
    const output = screen.getByRole("group", { name: "Output O = AV: inspect an entry" });
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 2; j++) {
        fireEvent.focus(output.querySelector(`[data-cell="${i}-${j}"]`)!);
        const expected = formatDotExpansion(`O${subscript(i)}${subscript(j)}`, explainWeightedSum(weights, V, i, j));
        expect(document.querySelector(".readout .expansion")?.textContent).toBe(expected);
      }
    }
  });

  it("labels the weights' rows and columns and V's rows with the tokens", () => {
    render(<WeightedSumExample {...props} />);
    expect([...document.querySelectorAll(".matrix-col-label")].map((l) => l.textContent)).toEqual([
      "the",
      "cat",
      "sat",
    ]);
    expect([...document.querySelectorAll(".matrix-row-label")].map((l) => l.textContent)).toEqual([
      "the",
      "cat",
      "sat",
      "the",
      "cat",
      "sat",
      "the",
      "cat",
      "sat",
    ]);
  });

  it("writes each output row as a mix into the text alternative, marking rounding with ≈", () => {
    render(
      <WeightedSumExample
        id="thirds"
        weights={[
          [0.5, 0.5],
          [0.3, 0.7],
        ]}
        V={[
          [1, 0],
          [0, 3],
        ]}
      />,
    );
    const words = screen.getByRole("region", { name: "Output O = AV, in words" });
    expect(words.textContent).toContain("o₀ = 0.5·(1, 0) + 0.5·(0, 3) = (0.5, 1.5)");
    // 0.3·(1, 0) + 0.7·(0, 3) = (0.3, 2.1); 0.7·3 = 2.0999999999999996 is floating-point noise, not rounding.
    expect(words.textContent).toContain("o₁ = 0.3·(1, 0) + 0.7·(0, 3) = (0.3, 2.1)");
    expect(words.textContent).toContain("query 1 takes 0.3 of v₀, 0.7 of v₁");
  });
});
