import { describe, expect, it } from "vitest";
import { relativeLuminance, type Rgb } from "./heat-colour.ts";
import {
  CELL,
  CELL_GAP,
  minimumWidth,
  COL_LABEL_HEIGHT,
  LEGEND_HEIGHT,
  ROW_LABEL_WIDTH,
  fitKeyLabel,
  layoutHeatmap,
} from "./heatmap-layout.ts";

const weights = [
  [0.1, 0.6, 0.3],
  [0.25, 0.25, 0.5],
];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as unknown as Rgb;
}

describe("layoutHeatmap", () => {
  const layout = layoutHeatmap(["cat", "sat"], ["The", "cat", "sat"], weights);

  it("puts weights[i][j] in row i, column j of the grid, one CELL apart, with its number at the centre", () => {
    const cell = layout.cells[1 * 3 + 2]!;
    const [left, top] = [ROW_LABEL_WIDTH + 2 * CELL, COL_LABEL_HEIGHT + CELL];
    expect(cell).toMatchObject({ row: 1, col: 2, weight: 0.5, text: "0.5", size: CELL - CELL_GAP });
    expect([cell.x, cell.y]).toEqual([left + CELL_GAP / 2, top + CELL_GAP / 2]);
    expect(cell.centre).toEqual({ x: left + CELL / 2, y: top + CELL / 2 });
    expect(layout.cells).toHaveLength(6);
  });

  it("writes a tiny but non-zero weight as <0.01, not as 0", () => {
    expect(layoutHeatmap(["a"], ["a", "b"], [[0.999, 0.001]]).cells.map((c) => c.text)).toEqual([">0.99", "<0.01"]);
  });

  it("sizes the picture to the grid plus its label bands and legend", () => {
    expect(layout.width).toBe(ROW_LABEL_WIDTH + 3 * CELL + 4);
    expect(layout.height).toBe(COL_LABEL_HEIGHT + 2 * CELL + LEGEND_HEIGHT);
  });

  it("centres each query label on its row and each key label on its column", () => {
    expect(layout.rowLabels.map((l) => [l.text, l.y])).toEqual([
      ["cat", COL_LABEL_HEIGHT + CELL / 2],
      ["sat", COL_LABEL_HEIGHT + CELL + CELL / 2],
    ]);
    expect(layout.colLabels.map((l) => [l.text, l.x])).toEqual([
      ["The", ROW_LABEL_WIDTH + CELL / 2],
      ["cat", ROW_LABEL_WIDTH + CELL + CELL / 2],
      ["sat", ROW_LABEL_WIDTH + 2 * CELL + CELL / 2],
    ]);
  });

  it("colours cells monotonically in weight: a larger weight is darker in light mode and brighter in dark mode", () => {
    const sorted = [...layout.cells].sort((a, b) => a.weight - b.weight);
    for (let k = 1; k < sorted.length; k++) {
      const [before, after] = [sorted[k - 1]!, sorted[k]!];
      expect(relativeLuminance(rgb(after.colours.fillLight))).toBeLessThanOrEqual(
        relativeLuminance(rgb(before.colours.fillLight)),
      );
      expect(relativeLuminance(rgb(after.colours.fillDark))).toBeGreaterThanOrEqual(
        relativeLuminance(rgb(before.colours.fillDark)),
      );
    }
  });

  it("gives equal weights the same colour", () => {
    expect(layout.cells[3]!.colours).toEqual(layout.cells[4]!.colours);
  });

  it("spans the legend across the grid, from the colour of weight 0 to that of weight 1", () => {
    expect(layout.legend).toMatchObject({ x: ROW_LABEL_WIDTH, width: 3 * CELL });
    expect(layout.legend.labels.map((l) => [l.text, l.x])).toEqual([
      ["0", ROW_LABEL_WIDTH],
      ["weight", ROW_LABEL_WIDTH + 1.5 * CELL],
      ["1", ROW_LABEL_WIDTH + 3 * CELL],
    ]);
    expect(layout.legend.low.fillLight).toBe("#f7fbff");
    expect(layout.legend.high.fillLight).toBe("#08306b");
  });

  it("throws when the labels do not match the weights' shape, naming both counts", () => {
    expect(() => layoutHeatmap(["cat"], ["The", "cat", "sat"], weights)).toThrow(
      /1 query and 3 key labels for 2×3 weights/,
    );
  });

  it("widens the query band for a long word and shortens long key labels to fit a column", () => {
    const long = layoutHeatmap(
      ["hippopotamus", "ran"],
      ["hippopotamus", "ran"],
      [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
    );
    // 12 letters at about 7.5 units each, plus a 16-unit margin: 106 units instead of 60.
    expect(long.rowLabels[0]).toMatchObject({ text: "hippopotamus", x: 106 - 8 });
    expect(long.cells[0]!.x).toBe(106 + CELL_GAP / 2);
    expect(long.width).toBe(106 + 2 * CELL + 4);
    expect(long.colLabels.map((label) => label.text)).toEqual(["hippo…", "ran"]);
    expect(fitKeyLabel("kitten")).toBe("kitten");
  });
});

describe("minimumWidth", () => {
  it("is the CSS width at which the 13-unit labels are drawn at 11 px", () => {
    // 13 units × (286 / 338) = 11 px exactly.
    expect(minimumWidth(338)).toBe(286);
    expect(minimumWidth(500)).toBe(Math.ceil((500 * 11) / 13));
    expect((minimumWidth(452) / 452) * 13).toBeGreaterThanOrEqual(11);
  });
});
