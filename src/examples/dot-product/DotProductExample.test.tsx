// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { DotProductExample } from "./DotProductExample.tsx";

afterEach(() => {
  cleanup();
  // The example keeps its inspected target in the URL; start every test from a bare one.
  window.history.replaceState(null, "", "/");
});

const similar = { id: "similar-directions", a: [3, 1], b: [1, 2] };
const RESULTS = "Results: inspect one";

function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

const readout = () => document.querySelector(".readout")?.textContent ?? "";
const expansion = () => document.querySelector(".readout .expansion")?.textContent;

describe("DotProductExample", () => {
  it("shows a·b = 5, |a| ≈ 3.16, |b| ≈ 2.24, cos θ ≈ 0.71 and b on a ≈ 1.58 for a = (3, 1), b = (1, 2)", () => {
    render(<DotProductExample {...similar} />);
    // By hand: 3·1 + 1·2 = 5; √10 = 3.162…; √5 = 2.236…; 5/√50 = 0.7071…; 5/√10 = 1.581….
    const results = within(screen.getByRole("group", { name: RESULTS })).getAllByRole("button");
    expect(results.map((b) => b.textContent)).toEqual(["5", "3.16", "2.24", "0.71", "1.58"]);
    expect(results[0]!.getAttribute("aria-label")).toBe("a dot b = 5");
    expect([...document.querySelectorAll(".matrix-col-label")].map((l) => l.textContent)).toEqual([
      "a·b",
      "|a|",
      "|b|",
      "cos θ",
      "b on a",
    ]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting a·b by %s shows a₀b₀ + a₁b₁, marks a and b and the angle and shadow in the plot", (_, inspect) => {
    render(<DotProductExample {...similar} />);
    inspect(screen.getByRole("button", { name: "a dot b = 5" }));
    expect(expansion()).toBe("a·b = 3·1 + 1·2 = 5");
    expect(readout()).toContain("The vectors point within 90° of each other (θ = 45°)");
    expect(cellsWithRole("Vector a", "ingredient")).toEqual(["0-0", "0-1"]);
    expect(cellsWithRole("Vector b", "ingredient")).toEqual(["0-0", "0-1"]);
    const active = [...document.querySelectorAll(".dot-plot [data-active]")].map((g) => g.getAttribute("class"));
    expect(active).toEqual(["shadow", "angle"]);
  });

  it.each([
    ["length of a = 3.16", "|a| = √(3·3 + 1·1) = √10 ≈ 3.16", ["0-0", "0-1"], [], ["vector-a"]],
    ["length of b = 2.24", "|b| = √(1·1 + 2·2) = √5 ≈ 2.24", [], ["0-0", "0-1"], ["vector-b"]],
    ["cos theta = 0.71", "cos θ = a·b / (|a|·|b|) ≈ 5 / (3.16·2.24) ≈ 0.71, so θ = 45°", [], [], ["angle"]],
    ["b on a, the signed length of b's shadow on a = 1.58", "b on a = a·b / |a| ≈ 5 / 3.16 ≈ 1.58", [], [], ["shadow"]],
  ])("inspecting %s writes it out and marks what it is read from", (name, text, inA, inB, parts) => {
    render(<DotProductExample {...similar} />);
    fireEvent.focus(screen.getByRole("button", { name }));
    expect(expansion()).toBe(text);
    expect(cellsWithRole("Vector a", "ingredient")).toEqual(inA);
    expect(cellsWithRole("Vector b", "ingredient")).toEqual(inB);
    expect([...document.querySelectorAll(".dot-plot [data-active]")].map((g) => g.getAttribute("class"))).toEqual(
      parts,
    );
  });

  it("cos θ marks the results it is computed from: a·b, |a| and |b|", () => {
    render(<DotProductExample {...similar} />);
    fireEvent.focus(screen.getByRole("button", { name: "cos theta = 0.71" }));
    expect(cellsWithRole(RESULTS, "ingredient")).toEqual(["0-0", "0-1", "0-2"]);
    expect(cellsWithRole(RESULTS, "inspected")).toEqual(["0-3"]);
  });

  it.each([
    [[-1, 3], "a·b = 3·(−1) + 1·3 = 0", "perpendicular (θ = 90°)"],
    [[-2, -1], "a·b = 3·(−2) + 1·(−1) = −7", "more than 90° apart (θ ≈ 171.9°)"],
  ])("b = %j gives %s: %s", (b, text, sentence) => {
    render(<DotProductExample id="turned" a={[3, 1]} b={b} />);
    fireEvent.focus(screen.getByRole("button", { name: /^a dot b/ }));
    expect(expansion()).toBe(text);
    expect(readout()).toContain(sentence);
  });

  it("Escape clears the inspection", () => {
    render(<DotProductExample {...similar} />);
    const cell = screen.getByRole("button", { name: "a dot b = 5" });
    fireEvent.focus(cell);
    fireEvent.keyDown(cell, { key: "Escape" });
    expect(expansion()).toBeUndefined();
    expect(document.querySelectorAll("[data-role], .dot-plot [data-active]")).toHaveLength(0);
  });

  it("draws no plot for three-component vectors but still explains them", () => {
    render(<DotProductExample id="three" a={[1, 2, 2]} b={[2, 0, 1]} />);
    expect(document.querySelector(".dot-plot")).toBeNull();
    expect(document.querySelector(".plot-note")?.textContent).toContain("these have 3");
    fireEvent.focus(screen.getByRole("button", { name: "length of a = 3" }));
    // √(1 + 4 + 4) = 3 exactly.
    expect(expansion()).toBe("|a| = √(1·1 + 2·2 + 2·2) = √9 = 3");
  });

  it("writes both vectors and every result into the text alternative", () => {
    render(<DotProductExample {...similar} />);
    const words = screen.getByRole("region", { name: "Dot product of (3, 1) and (1, 2), in words" });
    expect(words.textContent).toContain("a = (3, 1) and b = (1, 2).");
    expect([...words.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "a·b = 3·1 + 1·2 = 5",
      "|a| = √(3·3 + 1·1) = √10 ≈ 3.16",
      "|b| = √(1·1 + 2·2) = √5 ≈ 2.24",
      "cos θ = a·b / (|a|·|b|) ≈ 5 / (3.16·2.24) ≈ 0.71, so θ = 45°",
      "b on a = a·b / |a| ≈ 5 / 3.16 ≈ 1.58",
    ]);
  });
});
