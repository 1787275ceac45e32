// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { CausalMaskExample } from "./CausalMaskExample.tsx";

afterEach(cleanup);

/** The page's example: "cat" scores "down", a later token, highest. */
const reference = {
  id: "causal-mask",
  scores: [
    [1, 2, 0, 1],
    [0, 2, 1, 3],
    [1, 3, 2, 0],
    [0, 1, 2, 1],
  ],
  tokens: ["The", "cat", "sat", "down"],
};

const weightButtons = () =>
  within(screen.getByRole("group", { name: "Weights: inspect a weight" })).getAllByRole("button");
const weightRow = (i: number) =>
  weightButtons()
    .slice(4 * i, 4 * i + 4)
    .map((b) => b.textContent);
const maskBox = () => screen.getByRole("checkbox", { name: /Causal mask/ });
const readout = () => document.querySelector(".readout")!;

describe("CausalMaskExample", () => {
  it("with the mask on, later keys get weight exactly 0 and each row renormalises over the rest", () => {
    render(<CausalMaskExample {...reference} />);
    expect(maskBox()).toHaveProperty("checked", true);
    // Row 0 sees only itself: weight 1. Row 1 sees (0, 2): exp(−2) / (exp(−2) + 1) = 0.1192 and
    // 1 / 1.1353 = 0.8808. Row 2 sees (1, 3, 2): shift by 3 → 0.1353, 1, 0.3679; sum 1.5032 →
    // 0.0900, 0.6652, 0.2447. Row 3 sees all four: (0, 1, 2, 1) → 0.0723, 0.1966, 0.5344, 0.1966.
    expect(weightRow(0)).toEqual(["1", "0", "0", "0"]);
    expect(weightRow(1)).toEqual(["0.12", "0.88", "0", "0"]);
    expect(weightRow(2)).toEqual(["0.09", "0.67", "0.24", "0"]);
    expect(weightRow(3)).toEqual(["0.07", "0.2", "0.53", "0.2"]);
  });

  it("marks exactly the cells above the diagonal as masked, in the scores and the weights, and says so", () => {
    render(<CausalMaskExample {...reference} />);
    const masked = (name: string) =>
      [...screen.getByRole("group", { name }).querySelectorAll<HTMLElement>('[data-masked="true"]')].map(
        (c) => c.dataset.cell,
      );
    const above = ["0-1", "0-2", "0-3", "1-2", "1-3", "2-3"];
    expect(masked("Masked scores")).toEqual(above);
    expect(masked("Weights: inspect a weight")).toEqual(above);
    const cell = screen.getByRole("group", { name: "Masked scores" }).querySelector('[data-cell="1-3"]')!;
    expect(cell.textContent).toBe("−∞");
    expect(cell.getAttribute("aria-label")).toBe("s₁₃ masked: minus infinity");
    expect(weightButtons()[7]!.getAttribute("aria-label")).toBe("A₁₃ =\u00a00 (masked)");
  });

  it("unchecking the mask gives the plain softmax of every row: “cat” then looks mostly at “down”", () => {
    render(<CausalMaskExample {...reference} />);
    fireEvent.click(maskBox());
    expect(maskBox()).toHaveProperty("checked", false);
    // Row 1 (0, 2, 1, 3): shift by 3 → 0.0498, 0.3679, 0.1353, 1; sum 1.5530 →
    // 0.0321, 0.2369, 0.0871, 0.6439.
    expect(weightRow(1)).toEqual(["0.03", "0.24", "0.09", "0.64"]);
    expect(document.querySelectorAll('[data-masked="true"]')).toHaveLength(0);
    fireEvent.click(maskBox());
    expect(weightRow(1)).toEqual(["0.12", "0.88", "0", "0"]);
  });

  it("inspecting a renormalised weight shows masked terms as exp(−∞) = 0 in the sum", () => {
    render(<CausalMaskExample {...reference} />);
    fireEvent.focus(weightButtons()[5]!);
    const lines = [...readout().querySelectorAll(".expansion")].map((p) => p.textContent);
    expect(lines).toEqual([
      "A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)",
      "A₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−∞) + exp(−∞)) ≈ 1 / (0.135 + 1 + 0 + 0) ≈ 1 / 1.135 ≈ 0.881",
    ]);
    expect(readout().textContent).toContain("Keys 2 and 3 are masked: exp(−∞) = 0, so they add nothing to the sum.");
    const ingredients = screen
      .getByRole("group", { name: "Masked scores" })
      .querySelectorAll('[data-role="ingredient"]');
    expect([...ingredients].map((c) => (c as HTMLElement).dataset.cell)).toEqual(["1-0", "1-1", "1-2", "1-3"]);
  });

  it("a masked weight's own expansion is exactly 0", () => {
    render(<CausalMaskExample {...reference} />);
    fireEvent.click(weightButtons()[1]!);
    expect(readout().querySelectorAll(".expansion")[1]!.textContent).toBe(
      "A₀₁ = exp(−∞) / (exp(0) + exp(−∞) + exp(−∞) + exp(−∞)) = 0 / (1 + 0 + 0 + 0) = 0 / 1 = 0",
    );
  });

  it("every row sums to 1, with and without the mask", () => {
    render(<CausalMaskExample {...reference} />);
    const sums = () =>
      [...screen.getByRole("group", { name: "Row sums" }).querySelectorAll("[data-cell]")].map((c) => c.textContent);
    expect(sums()).toEqual(["1", "1", "1", "1"]);
    fireEvent.click(maskBox());
    expect(sums()).toEqual(["1", "1", "1", "1"]);
  });

  it("can start with the mask off", () => {
    render(<CausalMaskExample {...reference} masked={false} />);
    expect(maskBox()).toHaveProperty("checked", false);
    expect(screen.getByRole("group", { name: "Scores, no mask" })).toBeTruthy();
  });

  it("says in words which keys each token sees, and leaves masked weights out of the expansions", () => {
    render(<CausalMaskExample {...reference} />);
    const words = screen.getByRole("region", { name: "Worked causal mask example in words" });
    expect(words.textContent).toContain("Sees keys 0 and 1 (“The”, “cat”); keys 2 and 3 are masked.");
    expect(words.textContent).toContain("Sees keys 0, 1, 2 and 3 (“The”, “cat”, “sat”, “down”): nothing is masked.");
    // 1 + 2 + 3 + 4 visible keys.
    expect(words.querySelectorAll("li.expansion")).toHaveLength(10);
  });
});

describe("CausalMaskExample on the server", () => {
  it("renders the checkbox disabled, so a reader without JavaScript is not offered a dead switch", async () => {
    const { renderToString } = await import("react-dom/server");
    const html = renderToString(<CausalMaskExample {...reference} />);
    expect(html).toMatch(/<input type="checkbox" disabled="" checked=""/);
  });
});
