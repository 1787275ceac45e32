import { describe, expect, it } from "vitest";
import { SHARES_WIDTH, layoutRowShares } from "./row-shares-layout.ts";

describe("layoutRowShares", () => {
  // Bars run from x = 64 to 318: 254 px.
  const layout = layoutRowShares([
    [0.5, 0.25, 0.25],
    [1, 0, 0],
  ]);

  it("cuts each row's bar into its weights, left to right, filling it exactly", () => {
    const [first] = layout.rows;
    expect(first!.segments.map((s) => [s.key, s.x, s.width])).toEqual([
      [0, 64, 127],
      [1, 191, 63.5],
      [2, 254.5, 63.5],
    ]);
    expect(first!.segments.map((s) => s.center)).toEqual([127.5, 222.75, 286.25]);
    const last = first!.segments.at(-1)!;
    expect(last.x + last.width).toBe(layout.barRight);
    expect(layout.barRight).toBeLessThanOrEqual(SHARES_WIDTH);
  });

  it("gives a zero weight (a masked key) no segment", () => {
    expect(layout.rows[1]!.segments.map((s) => s.key)).toEqual([0]);
    expect(layout.rows[1]!.segments[0]!.width).toBe(254);
  });

  it("labels a segment only when it is at least 26 px wide", () => {
    const thin = layoutRowShares([[0.05, 0.95]]).rows[0]!.segments;
    // 0.05 · 254 = 12.7 px: too thin for a label; 0.95 · 254 = 241.3 px.
    expect(thin.map((s) => s.labelled)).toEqual([false, true]);
  });

  it("stacks rows 34 px apart and sizes the view box to fit them", () => {
    expect(layout.rows.map((r) => r.y)).toEqual([5, 39]);
    expect(layout.rows.map((r) => r.centerY)).toEqual([17, 51]);
    expect(layout.height).toBe(68);
  });
});
