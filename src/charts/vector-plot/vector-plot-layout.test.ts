import { describe, expect, it } from "vitest";
import { formatNumber } from "../../math/index.ts";
import {
  PLOT_WIDTH,
  describeVectorPlot,
  labelWidth,
  layoutVectorPlot,
  placeLabel,
  type GuideLabel,
} from "./vector-plot-layout.ts";

/** Inverse of a tick-defined linear map: data value at an SVG coordinate. */
function valueAt(ticks: readonly { value: number; position: number }[], position: number): number {
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return a.value + ((position - a.position) / (b.position - a.position)) * (b.value - a.value);
}

describe("layoutVectorPlot", () => {
  it.each([
    { x: [2, 3], y: [2, 17] },
    { x: [-1, 2], y: [4, -3] },
    { x: [0.5, 0.25], y: [-0.75, 0.1] },
  ])("places the tips of x = $x and y = $y where the axis ticks say", ({ x, y }) => {
    const layout = layoutVectorPlot(x, y);
    expect(valueAt(layout.xTicks, layout.inputTip.x)).toBeCloseTo(x[0]!, 9);
    expect(valueAt(layout.yTicks, layout.inputTip.y)).toBeCloseTo(x[1]!, 9);
    expect(valueAt(layout.xTicks, layout.outputTip.x)).toBeCloseTo(y[0]!, 9);
    expect(valueAt(layout.yTicks, layout.outputTip.y)).toBeCloseTo(y[1]!, 9);
    expect(valueAt(layout.xTicks, layout.origin.x)).toBeCloseTo(0, 9);
    expect(valueAt(layout.yTicks, layout.origin.y)).toBeCloseTo(0, 9);
  });

  it("keeps every arrow tip strictly inside the plot area (tips never sit on the frame)", () => {
    const { inputTip, outputTip, plotArea } = layoutVectorPlot([2, 3], [2, 17]);
    for (const tip of [inputTip, outputTip]) {
      expect(tip.x).toBeGreaterThan(plotArea.left - 1e-9);
      expect(tip.x).toBeLessThan(plotArea.right);
      expect(tip.y).toBeGreaterThan(plotArea.top);
      expect(tip.y).toBeLessThan(plotArea.bottom + 1e-9);
    }
  });

  it("labels ticks with round numbers including 0, using the site's minus sign", () => {
    const layout = layoutVectorPlot([-1, 2], [4, -3]);
    expect(layout.xTicks.map((t) => t.label)).toContain("0");
    expect(layout.yTicks.some((t) => t.label.startsWith("−"))).toBe(true);
    expect(layout.yTicks.every((t) => !t.label.includes("-"))).toBe(true);
  });

  it("guides drop from the output tip to each axis: guide 0 to the horizontal axis, guide 1 to the vertical", () => {
    const { guides, origin, outputTip } = layoutVectorPlot([2, 3], [2, 17]);
    expect(guides[0]).toEqual({ from: outputTip, to: { x: outputTip.x, y: origin.y } });
    expect(guides[1]).toEqual({ from: outputTip, to: { x: origin.x, y: outputTip.y } });
  });

  it("handles the zero vector without dividing by zero", () => {
    const layout = layoutVectorPlot([0, 0], [0, 0]);
    expect(Number.isFinite(layout.origin.x) && Number.isFinite(layout.origin.y)).toBe(true);
    expect(layout.xTicks.length).toBeGreaterThan(1);
  });
});

describe("describeVectorPlot", () => {
  it("states both vectors, compares their lengths and gives each component", () => {
    expect(describeVectorPlot([2, 3], [2, 17])).toBe(
      "The input vector x = (2, 3) and a longer projected vector y = (2, 17) are drawn as arrows from the origin on the same axes. " +
        "Dashed guides read the output components off the axes: first output component = 2, second output component = 17.",
    );
    expect(describeVectorPlot([3, 4], [0.5, 0])).toContain("a shorter projected vector y = (0.5, 0)");
    expect(describeVectorPlot([3, 4], [5, 0])).toContain("about the same length");
  });
});

describe("labels never clipped", () => {
  /** The horizontal span a label is drawn over, from its anchor and estimated width. */
  const span = (label: GuideLabel) =>
    label.anchor === "start"
      ? [label.x, label.x + labelWidth(label.text)]
      : [label.x - labelWidth(label.text), label.x];

  it.each([
    { x: [2, 3], y: [2, 17] },
    { x: [1, 1], y: [1000, 1000] },
    { x: [1, 1], y: [-1000, 1000] },
    { x: [-1, 1], y: [-987654, -1000] },
    { x: [1, 0], y: [123456.75, 0.5] },
  ])("keeps both guide labels of y = $y inside the plot", ({ x, y }) => {
    const { guideLabels } = layoutVectorPlot(x, y);
    expect(guideLabels.map((label) => label.text)).toEqual([
      `y₀ = ${formatNumber(y[0]!)}`,
      `y₁ = ${formatNumber(y[1]!)}`,
    ]);
    for (const label of guideLabels) {
      const [from, to] = span(label);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(PLOT_WIDTH);
    }
  });

  it("puts the label right of its guide when it fits, and left of it when it does not", () => {
    expect(placeLabel("y₁ = 5", 100, 50)).toEqual({ text: "y₁ = 5", x: 106, y: 50, anchor: "start" });
    // 10 characters × 7.8 = 78 units: from 330 + 6 that would end at 414, past 358.
    expect(placeLabel("y₀ = 1,000", 330, 50)).toEqual({ text: "y₀ = 1,000", x: 324, y: 50, anchor: "end" });
  });

  it("widens the left margin so that long tick labels of the vertical axis stay whole", () => {
    const { yTicks, plotArea } = layoutVectorPlot([1, 1], [1, -15000]);
    const widest = Math.max(...yTicks.map((t) => labelWidth(t.label)));
    expect(yTicks.map((t) => t.label)).toContain("−15000");
    expect(plotArea.left).toBeGreaterThan(44);
    expect(plotArea.left - 6 - widest).toBeGreaterThanOrEqual(0);
  });
});
