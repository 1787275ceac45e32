// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { DecodeWorkTable } from "./DecodeWorkTable.tsx";
import { layoutWorkPlot, powerOfTen } from "../../charts/decode-work-plot/decode-work-layout.ts";

afterEach(cleanup);

describe("DecodeWorkTable", () => {
  it("counts prefill of 4 tokens and 2 decode steps by hand", () => {
    render(<DecodeWorkTable prompt={4} steps={2} headDim={2} />);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
    // Prefill: 4 queries, 4×4 = 16 scores, 6 above the diagonal, 4 k/v rows written, none read,
    // 16·2 + 16·2 = 64 multiply–adds. Step 1 (t = 5): 1×5, 5 read, 5·2·2 = 20. Step 2: 1×6, 24.
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Prefill of 4 tokens",
      "Decode step 1 (t = 5)",
      "Decode step 2 (t = 6)",
    ]);
    expect(cells).toEqual([
      ["4", "4×4 = 16", "6", "4", "0", "64"],
      ["1", "1×5 = 5", "0", "1", "5", "20"],
      ["1", "1×6 = 6", "0", "1", "6", "24"],
    ]);
  });
});

describe("layoutWorkPlot", () => {
  it("draws both lines inside the plot, the uncached one above the cached one at the end", () => {
    const layout = layoutWorkPlot(4096, 128);
    expect(layout.uncachedEnd.x).toBeCloseTo(layout.cachedEnd.x, 6);
    expect(layout.uncachedEnd.y).toBeLessThan(layout.cachedEnd.y); // SVG y grows downwards
    for (const end of [layout.cachedEnd, layout.uncachedEnd]) {
      expect(end.y).toBeGreaterThanOrEqual(layout.plot.top - 1e-9);
      expect(end.y).toBeLessThanOrEqual(layout.plot.bottom + 1e-9);
    }
    expect(layout.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(layout.yTicks.length).toBeLessThanOrEqual(9);
  });

  it("handles a sequence of one token and the largest allowed sizes", () => {
    expect(() => layoutWorkPlot(1, 1)).not.toThrow();
    expect(layoutWorkPlot(10_000_000, 16_384).uncachedPath).not.toContain("NaN");
  });

  it.each([
    [0, "1"],
    [1, "10"],
    [6, "10⁶"],
    [12, "10¹²"],
  ])("powerOfTen(%s) is %s", (exponent, label) => expect(powerOfTen(exponent)).toBe(label));
});
