// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { sampleScaling } from "./scaling-demo.ts";
import { SCALING_HINT, ScalingPlot } from "./ScalingPlot.tsx";
import { ScalingTable } from "./ScalingTable.tsx";
import { formatWeight } from "./weight-format.ts";

afterEach(cleanup);

const slider = () => screen.getByRole("slider", { name: "Key size dₖ" }) as HTMLInputElement;
const numbers = () => screen.getByRole("group", { name: /^Scores and weights for dₖ = \d+: inspect a key$/ });
const readout = () => document.querySelector(".readout")!;
const barLabels = (chart: string) =>
  [...screen.getByRole("img", { name: chart }).querySelectorAll(".bar-value")].map((t) => t.textContent);

describe("ScalingPlot", () => {
  it("starts at dₖ = 64 with the seed's numbers in both charts and the table", () => {
    render(<ScalingPlot id="s" seed={5} />);
    const sample = sampleScaling(5, 64, 8);
    expect(slider().value).toBe("3");
    expect(slider().getAttribute("aria-valuetext")).toBe("dₖ = 64");
    expect(barLabels("softmax(s): not scaled")).toEqual(sample.weights.map((w) => formatWeight(w)));
    expect(barLabels("softmax(s / √dₖ): scaled")).toEqual(sample.scaledWeights.map((w) => formatWeight(w)));
    expect(numbers().querySelectorAll("button")).toHaveLength(32);
    expect(readout().textContent).toBe(SCALING_HINT);
  });

  it("moving the slider to dₖ = 1024 redraws the figure: unscaled weights collapse onto one key", () => {
    render(<ScalingPlot id="s" seed={5} />);
    fireEvent.change(slider(), { target: { value: "5" } });
    expect(slider().getAttribute("aria-valuetext")).toBe("dₖ = 1024");
    const unscaled = barLabels("softmax(s): not scaled");
    // One bar holds (nearly) everything; the other seven round to nothing.
    expect(unscaled.filter((label) => label === "<0.01" || label === "0")).toHaveLength(7);
    expect(barLabels("softmax(s / √dₖ): scaled").every((label) => label !== "1" && label !== ">0.99")).toBe(true);
    expect(document.querySelector(".variance-note")?.textContent).toContain("close to dₖ = 1024");
  });

  it("at dₖ = 1 both charts are the same, since √1 = 1", () => {
    render(<ScalingPlot id="s" seed={5} keySize={1} />);
    expect(barLabels("softmax(s): not scaled")).toEqual(barLabels("softmax(s / √dₖ): scaled"));
  });

  it("focusing a number inspects its key: the row is marked and the readout shows s, s / √dₖ and both weights", () => {
    render(<ScalingPlot id="s" seed={5} keySize={4} />);
    const sample = sampleScaling(5, 4, 8);
    const cell = numbers().querySelector<HTMLElement>('[data-cell="2-3"]')!;
    fireEvent.focus(cell);
    expect(cell.dataset.role).toBe("inspected");
    const row = [...numbers().querySelectorAll<HTMLElement>('[data-cell^="2-"]')].map((c) => c.dataset.role);
    expect(row).toEqual(["ingredient", "ingredient", "ingredient", "inspected"]);
    const [score, scaled] = [...readout().querySelectorAll(".expansion")].map((p) => p.textContent);
    // dₖ = 4 is small enough to write out: four products q_c·k₂,c.
    expect(score).toMatch(/^s = q·k₂ = .+ \+ .+ \+ .+ \+ .+ [=≈] /);
    expect(scaled).toMatch(/^s \/ √dₖ = .+ \/ √4 [=≈] /);
    expect(readout().textContent).toContain(`Weight of k₂: ${formatWeight(sample.weights[2]!)} without scaling`);
    expect(document.querySelectorAll('.weight-bar[data-active="true"]')).toHaveLength(2);
  });

  it("hovering or tapping a bar inspects the same key", () => {
    render(<ScalingPlot id="s" seed={5} />);
    const slots = document.querySelectorAll<SVGRectElement>(".bar-slot");
    fireEvent.pointerOver(slots[7]!, { pointerType: "mouse" });
    expect(readout().textContent).toContain("Weight of k₇");
    fireEvent.pointerOut(slots[7]!, { pointerType: "mouse" });
    expect(readout().textContent).toBe(SCALING_HINT);
    fireEvent.click(slots[8 + 1]!);
    expect(readout().textContent).toContain("Weight of k₁");
  });

  it("renders the slider disabled on the server, and a description of every bar", () => {
    const html = renderToString(<ScalingPlot id="s" seed={5} />);
    expect(html).toMatch(/<input[^>]*type="range"[^>]*disabled=""/);
    expect(html).toContain("<desc");
    expect(html).toMatch(/dₖ = 64\. k₀: [^<]+, k₁: /);
  });
});

describe("ScalingTable", () => {
  it("lists every key size with the variances and the largest weights of the same seed", () => {
    render(<ScalingTable seed={5} />);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.querySelector("th")?.textContent)).toEqual(["1", "4", "16", "64", "256", "1024"]);
    const sample = sampleScaling(5, 1024, 8);
    const cells = [...rows[5]!.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells[2]).toBe(formatWeight(sample.largestWeight));
    expect(cells[3]).toBe(formatWeight(sample.largestScaledWeight));
  });
});
