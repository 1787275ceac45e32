import { describe, expect, it } from "vitest";
import { describeVectorPlot, layoutVectorPlot } from "./vector-plot-layout.ts";

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
