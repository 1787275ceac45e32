// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { SOFTMAX_HINT, SoftmaxExample } from "./SoftmaxExample.tsx";

afterEach(cleanup);

/** The page's example: falling scores, one clear winner, no preference. */
const reference = {
  id: "softmax",
  scores: [
    [2, 1, 0],
    [1, 3, 1],
    [0, 0, 0],
  ],
};

const weights = () => within(screen.getByRole("group", { name: "Weights: inspect a weight" })).getAllByRole("button");
const readout = () => document.querySelector(".readout")!;

function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

describe("SoftmaxExample", () => {
  it("shows softmax of each row: (2, 1, 0) → (0.67, 0.24, 0.09), (1, 3, 1) → (0.11, 0.79, 0.11), (0, 0, 0) → ⅓ each", () => {
    render(<SoftmaxExample {...reference} />);
    // By hand, row 0: shift by 2 → (0, −1, −2); exps 1, 0.3679, 0.1353; sum 1.5032;
    // weights 0.6652, 0.2447, 0.0900. Row 1: shift by 3 → exps 0.1353, 1, 0.1353; sum 1.2707;
    // weights 0.1065, 0.7870, 0.1065. Row 2: equal scores, 1/3 each.
    expect(weights().map((b) => b.textContent)).toEqual([
      "0.67",
      "0.24",
      "0.09",
      "0.11",
      "0.79",
      "0.11",
      "0.33",
      "0.33",
      "0.33",
    ]);
    expect(weights()[0]!.getAttribute("aria-label")).toBe("A₀₀ ≈\u00a00.67");
  });

  it("shows every row's sum as 1", () => {
    render(<SoftmaxExample {...reference} />);
    const sums = screen.getByRole("group", { name: "Row sums" }).querySelectorAll("[data-cell]");
    expect([...sums].map((cell) => cell.textContent)).toEqual(["1", "1", "1"]);
    expect(sums[1]!.getAttribute("aria-label")).toBe("row 1 sums to 1");
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting A₁₁ by %s marks row 1 of S and writes out exp(s₁₁) / Σₖ exp(s₁ₖ)", (_, inspect) => {
    render(<SoftmaxExample {...reference} />);
    inspect(weights()[4]!);
    const lines = [...readout().querySelectorAll(".expansion")].map((p) => p.textContent);
    expect(lines).toEqual([
      "A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)",
      "A₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−2)) ≈ 1 / (0.135 + 1 + 0.135) ≈ 1 / 1.271 ≈ 0.787",
    ]);
    expect(readout().textContent).toContain("largest score, 3, from every score in the row: (−2, 0, −2)");
    expect(cellsWithRole("Scores S", "ingredient")).toEqual(["1-0", "1-1", "1-2"]);
    expect(cellsWithRole("Weights: inspect a weight", "inspected")).toEqual(["1-1"]);
    expect(weights()[4]!.getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelectorAll('.row-shares [data-active="true"]')).toHaveLength(1);
  });

  it("reads the expansion aloud through the paragraph's label", () => {
    render(<SoftmaxExample {...reference} />);
    fireEvent.focus(weights()[8]!);
    const spoken = readout().querySelectorAll(".expansion")[1]!.getAttribute("aria-label");
    expect(spoken).toBe(
      "a 2 2 equals exp of 0, divided by exp of 0 plus exp of 0 plus exp of 0. That is 1 divided by 3, about 0.333.",
    );
  });

  it("Escape clears the inspection and brings the hint back", () => {
    render(<SoftmaxExample {...reference} />);
    fireEvent.focus(weights()[0]!);
    fireEvent.keyDown(weights()[0]!, { key: "Escape" });
    expect(readout().textContent).toBe(SOFTMAX_HINT);
    expect(document.querySelectorAll("[data-role]")).toHaveLength(0);
  });

  it("uses token names as row and column headers when given", () => {
    render(
      <SoftmaxExample
        id="t"
        scores={[
          [1, 2],
          [3, 4],
        ]}
        tokens={["the", "cat"]}
      />,
    );
    const headers = [...document.querySelectorAll(".matrix-col-label")].slice(0, 2).map((h) => h.textContent);
    expect(headers).toEqual(["the", "cat"]);
    fireEvent.focus(weights()[1]!);
    expect(readout().textContent).toContain("The weight query 0 (“the”) gives key 1 (“cat”)");
  });

  it("stays finite for large scores: (1000, 1001, 998) has the weights of (−1, 0, −3)", () => {
    render(<SoftmaxExample id="large" scores={[[1000, 1001, 998]]} />);
    // exp(−1) = 0.3679, exp(0) = 1, exp(−3) = 0.0498; sum 1.4177 → 0.2595, 0.7054, 0.0351.
    expect(weights().map((b) => b.textContent)).toEqual(["0.26", "0.71", "0.04"]);
  });

  it("writes every row, weight and expansion into the text alternative", () => {
    render(<SoftmaxExample {...reference} />);
    const words = screen.getByRole("region", {
      name: "Worked softmax example in words: scores [[2, 1, 0], [1, 3, 1], [0, 0, 0]]",
    });
    expect(words.textContent).toContain(
      "Scores (2, 1, 0); subtract the largest, 2: (0, −1, −2). Weights (0.67, 0.24, 0.09), which sum to 1.",
    );
    expect(words.querySelectorAll("li.expansion")).toHaveLength(9);
    expect(words.textContent).toContain("A₂₀ = exp(0) / (exp(0) + exp(0) + exp(0)) = 1 / (1 + 1 + 1) = 1 / 3 ≈ 0.333");
  });

  it("draws each row's weights as one full bar with a description listing them", () => {
    render(<SoftmaxExample {...reference} />);
    const figure = screen.getByRole("img", { name: "Each query’s weights as shares of one bar" });
    expect(figure.querySelector("desc")?.textContent).toContain("q₁: k₀ 0.11, k₁ 0.79, k₂ 0.11.");
    expect(figure.querySelectorAll(".share")).toHaveLength(9);
  });
});
