// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { MatrixProductExample } from "./MatrixProductExample.tsx";
import { rowsExample } from "./MatrixProductExample.fixture.ts";
import { matrixProductExampleSchema } from "./MatrixProductExample.schema.ts";

afterEach(() => {
  cleanup();
  // The example keeps its inspected target in the URL; start every test from a bare one.
  window.history.replaceState(null, "", "/");
});

const rows = rowsExample;

/** Cells of a named matrix group whose data-role matches, as "row-col" keys. */
function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

const expansion = () => document.querySelector(".readout .expansion")?.textContent;

describe("MatrixProductExample", () => {
  it("shows C = AB from its props: XW = [[2, −1], [1, 1], [2, 1]]", () => {
    render(<MatrixProductExample {...rows} />);
    const product = screen.getByRole("group", { name: "Projected rows Y = XW: inspect an entry" });
    // By hand: the (1, 0, 1)·cols = 1+1, 0−1; cat (0, 2, 1) = 0+1, 2−1; sat (2, 1, 0) = 2, 1.
    expect(
      within(product)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["2", "−1", "1", "1", "2", "1"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting Y₀₁ by %s writes it out and marks row 0 of X and column 1 of W", (_, inspect) => {
    render(<MatrixProductExample {...rows} />);
    inspect(screen.getByRole("button", { name: "Y row 0 (“the”), column 1: minus 1" }));
    // Y₀₁ = 1·0 + 0·1 + 1·(−1) = −1.
    expect(expansion()).toBe("Y₀₁ = 1·0 + 0·1 + 1·(−1) = −1");
    expect(document.querySelector(".readout")?.textContent).toContain(
      "row 0 of X (“the”) entry by entry with column 1 of W",
    );
    expect(cellsWithRole("Embeddings X", "ingredient")).toEqual(["0-0", "0-1", "0-2"]);
    expect(cellsWithRole("Weight matrix W", "ingredient")).toEqual(["0-1", "1-1", "2-1"]);
    expect(cellsWithRole("Projected rows Y = XW: inspect an entry", "inspected")).toEqual(["0-1"]);
  });

  it("the expansion's spoken form names the entry and reads the terms", () => {
    render(<MatrixProductExample {...rows} />);
    fireEvent.focus(screen.getByRole("button", { name: "Y row 2 (“sat”), column 0: 2" }));
    expect(document.querySelector(".readout .expansion")?.getAttribute("aria-label")).toBe(
      "Y row 2, column 0 equals 2 times 1 plus 1 times 0 plus 0 times 1, which is 2",
    );
  });

  it("shows the row labels beside X and Y, and Escape clears the inspection", () => {
    render(<MatrixProductExample {...rows} />);
    const labels = [...document.querySelectorAll(".matrix-row-label")].map((l) => l.textContent);
    expect(labels).toEqual(["the", "cat", "sat", "the", "cat", "sat"]);
    const cell = screen.getByRole("button", { name: "Y row 1 (“cat”), column 1: 1" });
    fireEvent.focus(cell);
    expect(expansion()).toBe("Y₁₁ = 0·0 + 2·1 + 1·(−1) = 1");
    fireEvent.keyDown(cell, { key: "Escape" });
    expect(expansion()).toBeUndefined();
    expect(document.querySelector(".readout")?.textContent).toContain("Hover, focus or tap an entry of Y");
  });

  it("uses the defaults A, B, C without names, and marks rounding with ≈", () => {
    const props = matrixProductExampleSchema.parse({ id: "round", A: [[0.5, 1]], B: [[0.333], [0.1]] });
    render(<MatrixProductExample {...props} />);
    fireEvent.focus(screen.getByRole("button", { name: /^C row 0, column 0/ }));
    // 0.5·0.333 + 1·0.1 = 0.2665, shown to 2 decimals as 0.27, so the relation is ≈.
    expect(expansion()).toBe("C₀₀ = 0.5·0.33 + 1·0.1 ≈ 0.27");
  });

  it("takes a custom entry name, explanation sentence and extra figure", () => {
    render(
      <MatrixProductExample
        {...rows}
        entryName={(i, j) => `y[${i}][${j}]`}
        describeEntry={(e) => <p className="custom">row {e.row}</p>}
        extra={(active) => <p className="extra">{active ? `at ${active.row},${active.col}` : "none"}</p>}
      />,
    );
    expect(document.querySelector(".extra")?.textContent).toBe("none");
    fireEvent.focus(screen.getByRole("button", { name: "Y row 2 (“sat”), column 1: 1" }));
    expect(expansion()).toBe("y[2][1] = 2·0 + 1·1 + 0·(−1) = 1");
    expect(document.querySelector(".custom")?.textContent).toBe("row 2");
    expect(document.querySelector(".extra")?.textContent).toBe("at 2,1");
  });

  it("writes every matrix and every entry's expansion into the text alternative", () => {
    render(<MatrixProductExample {...rows} />);
    const words = screen.getByRole("region", { name: "Projected rows Y = XW, in words" });
    expect(words.textContent).toContain("[[1, 0, 1], [0, 2, 1], [2, 1, 0]]");
    expect(words.textContent).toContain("Rows: the, cat, sat.");
    expect(words.textContent).toContain("[[2, −1], [1, 1], [2, 1]]");
    expect(words.querySelectorAll("li")).toHaveLength(6);
    expect(words.textContent).toContain("Y₂₀ = 2·1 + 1·0 + 0·1 = 2: row 2 of X (“sat”) with column 0 of W.");
  });
});
