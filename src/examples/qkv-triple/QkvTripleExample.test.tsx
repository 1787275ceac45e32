// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { QkvTripleExample } from "./QkvTripleExample.tsx";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const reference = {
  id: "qkv-triple",
  x: [2, 3],
  WQ: [
    [1, 10],
    [0, -1],
  ],
  WK: [
    [0, 1],
    [1, 0],
  ],
  WV: [
    [1, -1],
    [2, 0],
  ],
};

/** The button texts of one result grid. */
const outputs = (name: RegExp) =>
  within(screen.getByRole("group", { name }))
    .getAllByRole("button")
    .map((b) => b.textContent);

/** Cells of a named matrix group whose data-role matches, as "row-col" keys. */
function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

describe("QkvTripleExample", () => {
  it("shows one x times three matrices: q = (2, 17), k = (3, 2), v = (8, −2)", () => {
    render(<QkvTripleExample {...reference} />);
    // By hand: q₁ = 2·10 + 3·(−1) = 17; k = x with its entries swapped; v₀ = 2·1 + 3·2 = 8, v₁ = −2.
    expect(outputs(/^Query q: inspect/)).toEqual(["2", "17"]);
    expect(outputs(/^Key k: inspect/)).toEqual(["3", "2"]);
    expect(outputs(/^Value v: inspect/)).toEqual(["8", "−2"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting v₀ by %s writes v₀ = 2·1 + 3·2 = 8 and marks column 0 of the value weights only", (_, inspect) => {
    render(<QkvTripleExample {...reference} />);
    inspect(screen.getByRole("button", { name: "v₀ = 8" }));
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("v₀ = 2·1 + 3·2 = 8");
    expect(document.querySelector(".readout")?.textContent).toContain("q₀ = 2 and k₀ = 3");
    expect(cellsWithRole("Value weights W sub V", "ingredient")).toEqual(["0-0", "1-0"]);
    expect(cellsWithRole("Query weights W sub Q", "ingredient")).toEqual([]);
    expect(cellsWithRole("Input row x", "ingredient")).toEqual(["0-0", "0-1"]);
    expect(cellsWithRole("Value v: inspect a component", "inspected")).toEqual(["0-0"]);
  });

  it("inspecting k₁ uses column 1 of the key weights: k₁ = 2·1 + 3·0 = 2; Escape clears it", () => {
    render(<QkvTripleExample {...reference} />);
    const k1 = screen.getByRole("button", { name: "k₁ = 2" });
    fireEvent.focus(k1);
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("k₁ = 2·1 + 3·0 = 2");
    expect(cellsWithRole("Key weights W sub K", "ingredient")).toEqual(["0-1", "1-1"]);
    fireEvent.keyDown(k1, { key: "Escape" });
    expect(document.querySelector(".readout .expansion")).toBeNull();
  });

  it("says when another part has no component of that index (d_v = 1)", () => {
    render(<QkvTripleExample {...reference} WV={[[1], [2]]} />);
    fireEvent.focus(screen.getByRole("button", { name: "q₁ = 17" }));
    expect(document.querySelector(".readout")?.textContent).toContain("v₁ = — (it has no such component)");
  });

  it("writes every part and expansion into the text alternative", () => {
    render(<QkvTripleExample {...reference} />);
    const words = screen.getByRole("region", { name: "Worked Q, K and V example in words" }).textContent;
    expect(words).toContain("(2, 3)");
    expect(words).toContain("gives q = (2, 17)");
    expect(words).toContain("gives k = (3, 2)");
    expect(words).toContain("gives v = (8, −2)");
    expect(words).toContain("q₁ = 2·10 + 3·(−1) = 17");
    expect(words).toContain("v₁ = 2·(−1) + 3·0 = −2");
    expect(words).toContain("[[0, 1], [1, 0]]");
  });
});
