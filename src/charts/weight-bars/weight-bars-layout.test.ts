import { describe, expect, it } from "vitest";
import { BARS_HEIGHT, BARS_WIDTH, layoutWeightBars } from "./weight-bars-layout.ts";

describe("layoutWeightBars", () => {
  const layout = layoutWeightBars([0.25, 0.75]);
  const { plot } = layout;

  it("splits the plot width into one slot per weight, bars filling 70 % of their slot", () => {
    // Plot from x = 30 to 296: 266 px, so two slots of 133 px; bars 93.1 px wide, centred.
    expect(plot).toEqual({ left: 30, right: 296, top: 20, bottom: 146 });
    expect(layout.bars.map((b) => b.slotX)).toEqual([30, 163]);
    expect(layout.bars[0]!.slotWidth).toBeCloseTo(133, 9);
    expect(layout.bars[0]!.width).toBeCloseTo(93.1, 9);
    expect(layout.bars[1]!.x).toBeCloseTo(163 + 19.95, 9);
    expect(layout.bars[1]!.center).toBeCloseTo(229.5, 9);
  });

  it("draws a weight w as a bar of height w·(bottom − top) standing on the baseline", () => {
    // bottom − top = 126 px: 0.25 → 31.5 px, 0.75 → 94.5 px.
    expect(layout.bars.map((b) => b.height)).toEqual([31.5, 94.5]);
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(plot.bottom, 9);
  });

  it("keeps the axis at 0…1 with gridlines at 0, 0.5 and 1, whatever the weights", () => {
    expect(layout.ticks).toEqual([
      { y: 146, label: "0" },
      { y: 83, label: "0.5" },
      { y: 20, label: "1" },
    ]);
    expect(layoutWeightBars([1e-9, 1 - 1e-9]).ticks).toEqual(layout.ticks);
  });

  it("labels tiny and near-one weights honestly: <0.01 and >0.99", () => {
    expect(layoutWeightBars([1e-9, 1 - 1e-9]).bars.map((b) => b.valueLabel)).toEqual(["<0.01", ">0.99"]);
  });

  it("stays inside the view box for eight keys", () => {
    const eight = layoutWeightBars(Array.from({ length: 8 }, () => 0.125));
    const last = eight.bars[7]!;
    expect(last.slotX + last.slotWidth).toBeCloseTo(plot.right, 9);
    expect(plot.right).toBeLessThanOrEqual(BARS_WIDTH);
    expect(plot.bottom).toBeLessThan(BARS_HEIGHT);
  });
});
