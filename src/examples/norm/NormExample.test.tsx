// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { NormExample } from "./NormExample.tsx";
import { NormInWords } from "./NormInWords.tsx";
import { normExampleSchema } from "./NormExample.schema.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The page's numbers (content/transformer-block.mdx). */
const PAGE = { id: "norm", x: [8, 2, 2, 0], gain: [1, 1, 2, 1], bias: [0, 1, 0, 0] };

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const outputs = (title: string) =>
  within(screen.getByRole("group", { name: `${title} output: inspect an entry` }))
    .getAllByRole("button")
    .map((b) => b.textContent);
const marked = (name: string, role: string) =>
  [...screen.getByRole("group", { name }).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map(
    (c) => c.dataset.cell,
  );

describe("NormExample", () => {
  // By hand: μ = 3, x − μ = (5, −1, −1, −3), σ² = 36/4 = 9, so x̂ ≈ (1.67, −0.33, −0.33, −1);
  // times γ = (1, 1, 2, 1) plus β = (0, 1, 0, 0): (1.67, 0.67, −0.67, −1).
  // RMSNorm: mean square 72/4 = 18, √18 ≈ 4.243, x/√18 ≈ (1.89, 0.47, 0.47, 0); times γ: (1.89, 0.47, 0.94, 0).
  it("works both norms out from its props", () => {
    render(<NormExample {...PAGE} />);
    expect(outputs("Layer norm")).toEqual(["1.67", "0.67", "−0.67", "−1"]);
    expect(outputs("RMSNorm")).toEqual(["1.89", "0.47", "0.94", "0"]);
    expect(text(document.querySelector(".norm-steps"))).toContain("μ = (8 + 2 + 2 + 0) / 4 = 12 / 4 = 3");
    expect(text(document.querySelector(".norm-example"))).toContain(
      "mean square = (8² + 2² + 2² + 0²) / 4 = 72 / 4 = 18",
    );
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting layer norm's entry 1 by %s writes it out and marks x₁, γ₁ and β₁", (_, inspect) => {
    render(<NormExample {...PAGE} />);
    inspect(screen.getByRole("button", { name: "Layer norm output, component 1: 0.67" }));
    expect(text(document.querySelector(".readout .expansion"))).toBe(
      "LayerNorm(x)₁ = γ₁·(x₁ − μ) / √(σ² + ε) + β₁ ≈ 1·(2 − 3) / 3 + 1 ≈ 1·(−0.33) + 1 ≈ 0.67",
    );
    expect(marked("Row x", "ingredient")).toEqual(["0-1"]);
    expect(marked("Gain γ", "ingredient")).toEqual(["0-1"]);
    expect(marked("Bias β", "ingredient")).toEqual(["0-1"]);
  });

  it("inspecting RMSNorm's entry 2 leaves β unmarked: RMSNorm has no bias", () => {
    render(<NormExample {...PAGE} />);
    fireEvent.focus(screen.getByRole("button", { name: "RMSNorm output, component 2: 0.94" }));
    expect(text(document.querySelector(".readout .expansion"))).toBe(
      "RMSNorm(x)₂ = γ₂·x₂ / √(mean square + ε) ≈ 2·2 / 4.24 ≈ 2·0.47 ≈ 0.94",
    );
    expect(marked("Bias β", "ingredient")).toEqual([]);
    expect(text(document.querySelector(".readout"))).toContain("RMSNorm has no bias");
  });

  it("a link sets x and the inspected entry: x = (1, 3) gives layer norm (−1, 1) and RMSNorm entry 1 = 3/√5 ≈ 1.34", async () => {
    window.history.replaceState(
      null,
      "",
      "/concepts/transformer-block/?norm.x=1,3&norm.gain=1,1&norm.bias=0,0&norm.inspect=rms:1",
    );
    render(<NormExample {...PAGE} />);
    expect(await screen.findByRole("button", { name: "RMSNorm output, component 1: 1.34" })).toBeTruthy();
    expect(outputs("Layer norm")).toEqual(["−1", "1"]);
    expect(text(document.querySelector(".readout .expansion"))).toMatch(/^RMSNorm\(x\)₁ = /);
  });

  it("a link with a bad value keeps the page's numbers and says which field was wrong", async () => {
    window.history.replaceState(null, "", "/concepts/transformer-block/?norm.x=abc");
    render(<NormExample {...PAGE} />);
    await screen.findAllByRole("group");
    expect(text(document.querySelector(".example-note"))).toMatch(/x was not used: “abc” in x is not a number/);
    expect(outputs("Layer norm")).toEqual(["1.67", "0.67", "−0.67", "−1"]);
  });

  it("the text version writes out every step and every entry of both norms, without JavaScript", () => {
    const html = renderToStaticMarkup(<NormInWords x={PAGE.x} gain={PAGE.gain} bias={PAGE.bias} epsilon={1e-5} />);
    const words = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("σ² = (5² + (−1)² + (−1)² + (−3)²) / 4 = 36 / 4 = 9");
    expect(words).toContain("Times γ plus β: (1.67, 0.67, −0.67, −1)");
    expect(words).toContain("Times γ: (1.89, 0.47, 0.94, 0)");
    expect(words.match(/LayerNorm\(x\)[₀-₃] =/g)).toHaveLength(4);
    expect(words.match(/RMSNorm\(x\)[₀-₃] =/g)).toHaveLength(4);
  });
});

describe("normExampleSchema", () => {
  it.each([
    ["a gain of another length", { ...PAGE, gain: [1, 1] }, /gain/],
    ["a one-entry row", { ...PAGE, x: [1], gain: [1], bias: [0] }, /x/],
    ["ε of 0", { ...PAGE, epsilon: 0 }, /epsilon/],
  ])("refuses %s, naming the field", (_, props, field) => {
    const result = normExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join(".")).join(" ")).toMatch(field);
  });

  it("fills in ε = 0.00001 when the page leaves it out", () => {
    expect(normExampleSchema.parse(PAGE).epsilon).toBe(1e-5);
  });
});
