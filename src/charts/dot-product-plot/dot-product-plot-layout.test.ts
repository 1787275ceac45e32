import { describe, expect, it } from "vitest";
import { explainAngle } from "../../math/index.ts";
import { DOT_PLOT_MAX_HEIGHT, layoutDotPlot } from "./dot-product-plot-layout.ts";

/** Inverse of a tick-defined linear map: data value at an SVG coordinate. */
function valueAt(ticks: readonly { value: number; position: number }[], position: number): number {
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return a.value + ((position - a.position) / (b.position - a.position)) * (b.value - a.value);
}

const layoutOf = (a: number[], b: number[]) => layoutDotPlot(a, b, explainAngle(a, b).projection);

describe("layoutDotPlot", () => {
  it.each([
    { a: [3, 1], b: [1, 2] },
    { a: [3, 1], b: [-1, 3] },
    { a: [3, 1], b: [-2, -1] },
    { a: [0.5, -0.25], b: [-0.75, 0.1] },
  ])("places a = $a, b = $b and b's projection where the axis ticks say", ({ a, b }) => {
    const layout = layoutOf(a, b);
    const p = explainAngle(a, b).projection;
    for (const [point, v] of [
      [layout.tipA, a],
      [layout.tipB, b],
      [layout.foot, p],
      [layout.origin, [0, 0]],
    ] as const) {
      expect(valueAt(layout.xTicks, point.x)).toBeCloseTo(v[0]!, 9);
      expect(valueAt(layout.yTicks, point.y)).toBeCloseTo(v[1]!, 9);
    }
  });

  it("uses one scale for both axes, so the drawn angle is the true angle (45° for (3, 1) and (1, 2))", () => {
    const { origin, tipA, tipB } = layoutOf([3, 1], [1, 2]);
    const angle = (p: { x: number; y: number }) => Math.atan2(origin.y - p.y, p.x - origin.x);
    expect(((angle(tipB) - angle(tipA)) * 180) / Math.PI).toBeCloseTo(45, 9);
  });

  it("keeps every point inside the plot area and the SVG no taller than needed", () => {
    const flat = layoutOf([3, 1], [-2, -1]);
    const { plotArea } = flat;
    for (const p of [flat.tipA, flat.tipB, flat.foot, flat.origin]) {
      expect(p.x).toBeGreaterThanOrEqual(plotArea.left);
      expect(p.x).toBeLessThanOrEqual(plotArea.right);
      expect(p.y).toBeGreaterThanOrEqual(plotArea.top);
      expect(p.y).toBeLessThanOrEqual(plotArea.bottom);
    }
    expect(flat.height).toBeLessThan(layoutOf([1, 0], [0, 3]).height);
    expect(layoutOf([1, 0], [0, 30]).height).toBeLessThanOrEqual(DOT_PLOT_MAX_HEIGHT);
  });

  it("draws the arc the short way: clockwise on screen (sweep 1) from (3, 1) down to (−2, −1), counter-clockwise up to (1, 2)", () => {
    // SVG's y axis points down: turning from a towards b counter-clockwise in the plane is
    // counter-clockwise on screen too, which is sweep flag 0.
    expect(layoutOf([3, 1], [1, 2]).arc?.path).toMatch(/A[\d.]+,[\d.]+ 0 0 0 /);
    expect(layoutOf([3, 1], [2, -1]).arc?.path).toMatch(/A[\d.]+,[\d.]+ 0 0 1 /);
    expect(layoutOf([3, 1], [-2, -1]).arc?.path).toMatch(/A[\d.]+,[\d.]+ 0 0 1 /);
  });

  it("puts the θ label on the arc's bisector, and draws no arc for 0°", () => {
    const { arc, origin } = layoutOf([1, 0], [0, 1]);
    // Bisector of 0° and 90° points up and to the right at 45°.
    expect(arc!.label.x - origin.x).toBeCloseTo(origin.y - arc!.label.y, 9);
    expect(arc!.label.x).toBeGreaterThan(origin.x);
    expect(layoutOf([3, 1], [6, 2]).arc).toBeNull();
  });

  it("handles exactly opposite vectors with a half-turn arc labelled a quarter turn from a", () => {
    const { arc, origin } = layoutOf([1, 0], [-2, 0]);
    expect(arc).not.toBeNull();
    // A quarter turn clockwise on screen from "right" is "down": same x as the origin, larger y.
    expect(arc!.label.x).toBeCloseTo(origin.x, 9);
    expect(arc!.label.y).toBeGreaterThan(origin.y);
  });

  it("labels a and b just beyond their tips", () => {
    const { tipA, labelA, tipB, labelB } = layoutOf([3, 1], [-2, -1]);
    expect(labelA.x).toBeGreaterThan(tipA.x);
    expect(labelB.x).toBeLessThan(tipB.x);
    expect(labelB.y).toBeGreaterThan(tipB.y);
  });
});

describe("long tick labels", () => {
  it.each([
    { a: [1000, 1000], b: [-1000, 500] },
    { a: [3, -15000], b: [1, 2] },
  ])("leave room left of the vertical axis for every y tick label of a = $a, b = $b", ({ a, b }) => {
    const { yTicks, plotArea } = layoutOf(a, b);
    // 14 px digits and minus signs are at most 0.6 em = 8.4 px wide; labels end 6 px left of the axis.
    const widest = Math.max(...yTicks.map((t) => t.label.length * 8.4));
    expect(plotArea.left - 6 - widest).toBeGreaterThanOrEqual(0);
  });
});
