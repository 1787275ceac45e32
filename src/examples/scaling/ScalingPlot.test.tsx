// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { readUrlState } from "../../frame/url-state.ts";
import { formatNumber } from "../../math/index.ts";
import { renderToString } from "react-dom/server";
import { sampleScaling } from "./scaling-demo.ts";
import { SCALING_HINT, ScalingPlot } from "./ScalingPlot.tsx";
import { scalingPlotSpec } from "./ScalingPlot.editing.ts";
import { ScalingTable } from "./table/ScalingTable.tsx";
import { formatWeight } from "../../text/weight-format.ts";

// Each test starts from a page without parameters: the frames keep their state in the URL.
beforeEach(() => window.history.replaceState(null, "", "/concepts/example/"));
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

  it("hovering or tapping a bar inspects the same key", async () => {
    render(<ScalingPlot id="s" seed={5} />);
    const slots = document.querySelectorAll<SVGRectElement>(".bar-slot");
    fireEvent.pointerOver(slots[7]!, { pointerType: "mouse" });
    expect(readout().textContent).toContain("Weight of k₇");
    fireEvent.pointerOut(slots[7]!, { pointerType: "mouse" });
    // A hover that ends is let go a frame later (the next number entered in between keeps it).
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
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

describe("ScalingPlot in the URL", () => {
  const spec = scalingPlotSpec({ keys: 8, keySizes: [1, 4, 16, 64, 256, 1024] });
  const authored = { seed: 5, keySize: 64 };
  const fromUrl = (query: string) => readUrlState(spec, "s", authored, new URLSearchParams(query));
  const column = (col: number) =>
    [...numbers().querySelectorAll<HTMLElement>(`[data-cell$="-${col}"]`)].map((c) => c.textContent);

  it.each([
    ["s.seed=0", { seed: 0, keySize: 64 }],
    ["s.seed=4294967295&s.keySize=1", { seed: 4294967295, keySize: 1 }],
    ["s.keySize=16", { seed: 5, keySize: 16 }],
  ] as const)("reads %s", (query, values) => {
    const state = fromUrl(query);
    expect(state.values).toEqual(values);
    expect(state.problems).toEqual([]);
  });

  it.each([
    [
      "s.seed=abc",
      "The link’s seed was not used: “abc” is not a whole number from 0 to 4,294,967,295, which seed needs.",
    ],
    [
      "s.seed=4294967296",
      "The link’s seed was not used: “4294967296” is not a whole number from 0 to 4,294,967,295, which seed needs.",
    ],
    [
      "s.seed=-1",
      "The link’s seed was not used: “-1” is not a whole number from 0 to 4,294,967,295, which seed needs.",
    ],
    ["s.keySize=", "The link’s key size dₖ was not used: key size dₖ is empty. Type a whole number from 1 to 1024."],
    [
      "s.keySize=2048",
      "The link’s key size dₖ was not used: “2048” is not a whole number from 1 to 1024, which key size dₖ needs.",
    ],
    [
      "s.keySize=5",
      "The link’s numbers do not fit together, so the example shows its own: This figure has no key size dₖ = 5: it offers 1, 4, 16, 64, 256, 1024.",
    ],
    [
      "s.inspect=8,0",
      "The link asks to inspect “8,0”, which this example does not have (expected row,column of the table: key 0–7, column 0–3 (s, s / √dₖ, weight, scaled weight), e.g. 0,1).",
    ],
  ] as const)("refuses %s with a note and keeps seed 5, dₖ = 64", (query, note) => {
    const state = fromUrl(query);
    expect(state.problems).toEqual([note]);
    expect(state.values).toEqual(authored);
  });

  it("the inspected cell is key,column of the table: 7,3 is the last key's scaled weight; 0,4 is not a cell", () => {
    expect(spec.inspect!.read("7,3", authored)).toEqual({ row: 7, col: 3 });
    expect(spec.inspect!.write({ row: 7, col: 3 })).toBe("7,3");
    expect(spec.inspect!.read("0,4", authored)).toBeNull();
  });

  it("?s.seed=6&s.keySize=4&s.inspect=2,1 draws seed 6 at dₖ = 4: s / √4 is exactly s / 2, weights are softmax of it", async () => {
    window.history.replaceState(null, "", "/concepts/scaled-scores/?s.seed=6&s.keySize=4&s.inspect=2,1");
    render(<ScalingPlot id="s" seed={5} />);
    await act(async () => {});
    expect(slider().getAttribute("aria-valuetext")).toBe("dₖ = 4");
    const { scores } = sampleScaling(6, 4, 8);
    expect(column(0)).toEqual(scores.map((v) => formatNumber(v)));
    expect(column(1)).toEqual(scores.map((v) => formatNumber(v / 2)));
    const exps = scores.map((v) => Math.exp(v / 2));
    const sum = exps.reduce((a, b) => a + b, 0);
    expect(column(3)).toEqual(exps.map((e) => formatWeight(e / sum)));
    const pressed = [...numbers().querySelectorAll<HTMLElement>('[aria-pressed="true"]')].map((c) => c.dataset.cell);
    expect(pressed).toEqual(["2-1"]);
  });

  it("the slider and New random draw put dₖ and the seed into the URL", () => {
    const draw = vi.spyOn(crypto, "getRandomValues").mockImplementation((array) => {
      (array as Uint32Array)[0] = 12345;
      return array;
    });
    render(<ScalingPlot id="s" seed={5} />);
    fireEvent.change(slider(), { target: { value: "1" } });
    expect(window.location.search).toBe("?s.keySize=4");
    fireEvent.click(screen.getByRole("button", { name: "New random draw" }));
    draw.mockRestore();
    expect(new URLSearchParams(window.location.search).get("s.seed")).toBe("12345");
    expect(screen.getByText("seed 12345")).toBeTruthy();
    expect(column(0)).toEqual(sampleScaling(12345, 4, 8).scores.map((v) => formatNumber(v)));
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
