/**
 * Where everything in the attention heatmap goes, in SVG user units, and what colour each cell
 * is. Pure, so the picture can be tested without a DOM. Rows are queries, columns are keys.
 */
import { shapeOf, type Matrix } from "../../math/index.ts";
import { heatColours, type HeatColours } from "./heat-colour.ts";
import { formatWeight } from "../../text/weight-format.ts";

/** Side of one cell. */
export const CELL = 48;
/** Width of the band left of the grid that holds the query labels. */
export const ROW_LABEL_WIDTH = 60;
/** Width of one label character, roughly, at the map's 13 px type. */
const CHAR_WIDTH = 7.5;
/** Longest key label drawn whole above a 48-unit column; longer ones are shortened with “…”. */
export const MAX_KEY_LABEL = 6;

/** A key label that fits its column: "elephant" → "eleph…" (each cell's name keeps the whole word). */
export function fitKeyLabel(text: string): string {
  return text.length > MAX_KEY_LABEL ? `${text.slice(0, MAX_KEY_LABEL - 1)}…` : text;
}

/** Size of the map's labels in SVG units (src/styles/attention-map.css; the numbers are 14). */
export const LABEL_UNITS = 13;
/** The smallest size, in CSS px, any figure text may be drawn at (issue 15). */
export const MIN_TEXT_PX = 11;

/**
 * The narrowest CSS width the map may be drawn at: there its 13-unit labels are 11 px. A narrower
 * column (a phone, a long sentence) scrolls the map sideways instead of shrinking its text.
 */
export function minimumWidth(width: number): number {
  return Math.ceil((width * MIN_TEXT_PX) / LABEL_UNITS);
}

/** Height of the band above the grid that holds the "key →" title and the key labels. */
export const COL_LABEL_HEIGHT = 44;
/** Height of the band below the grid that holds the colour legend. */
export const LEGEND_HEIGHT = 48;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Gap between neighbouring squares, so each cell's outline stays visible. */
export const CELL_GAP = 4;

/** One cell: weights[row][col] drawn as a square (top-left x, y) with its number at the centre. */
export interface HeatmapCell extends Point {
  readonly row: number;
  readonly col: number;
  /** Side of the drawn square. */
  readonly size: number;
  /** Centre of the square, where the number goes. */
  readonly centre: Point;
  readonly weight: number;
  /** The number written on the cell, e.g. "0.69". */
  readonly text: string;
  readonly colours: HeatColours;
}

export interface HeatmapLabel extends Point {
  readonly text: string;
  readonly anchor: "start" | "middle" | "end";
}

export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  /** Row-major: cells[i * keys + j] is weights[i][j]. */
  readonly cells: readonly HeatmapCell[];
  /** One per query, right-aligned at x, vertically centred on its row. */
  readonly rowLabels: readonly HeatmapLabel[];
  /** One per key, centred on its column. */
  readonly colLabels: readonly HeatmapLabel[];
  /** "key →" above the key labels, "query ↓" left of them. */
  readonly axisTitles: readonly HeatmapLabel[];
  /** The colour bar: weight 0 at x, weight 1 at x + width, with "0", "weight", "1" below. */
  readonly legend: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly low: HeatColours;
    readonly high: HeatColours;
    readonly labels: readonly HeatmapLabel[];
  };
}

/**
 * Lays out an attention map.
 * @param queries one label per row of weights
 * @param keys one label per column of weights
 * @param weights shape [queries, keys], entries 0 … 1 (softmax weights)
 * @throws RangeError when the label counts do not match the weights' shape
 */
export function layoutHeatmap(queries: readonly string[], keys: readonly string[], weights: Matrix): HeatmapLayout {
  const [rows, cols] = shapeOf(weights);
  if (rows !== queries.length || cols !== keys.length) {
    throw new RangeError(
      `layoutHeatmap: ${queries.length} query and ${keys.length} key labels for ${rows}×${cols} weights; ` +
        `give one query label per row and one key label per column.`,
    );
  }
  // The query band grows for long words, so a learner's own sentence is never clipped on the left.
  const labelWidth = Math.max(
    ROW_LABEL_WIDTH,
    Math.ceil(16 + CHAR_WIDTH * Math.max(0, ...queries.map((q) => q.length))),
  );
  const gridTop = COL_LABEL_HEIGHT;
  const gridBottom = gridTop + rows * CELL;
  const gridWidth = cols * CELL;
  const legendTop = gridBottom + 12;
  const cells = weights.flatMap((rowWeights, row) =>
    rowWeights.map((weight, col) => ({
      row,
      col,
      x: labelWidth + col * CELL + CELL_GAP / 2,
      y: gridTop + row * CELL + CELL_GAP / 2,
      size: CELL - CELL_GAP,
      centre: { x: labelWidth + col * CELL + CELL / 2, y: gridTop + row * CELL + CELL / 2 },
      weight,
      text: formatWeight(weight),
      colours: heatColours(weight),
    })),
  );
  return {
    width: labelWidth + gridWidth + 4,
    height: gridBottom + LEGEND_HEIGHT,
    cells,
    rowLabels: queries.map((text, row) => ({
      text,
      anchor: "end",
      x: labelWidth - 8,
      y: gridTop + row * CELL + CELL / 2,
    })),
    colLabels: keys.map((text, col) => ({
      text: fitKeyLabel(text),
      anchor: "middle",
      x: labelWidth + col * CELL + CELL / 2,
      y: gridTop - 8,
    })),
    axisTitles: [
      { text: "key →", anchor: "start", x: labelWidth, y: 14 },
      { text: "query ↓", anchor: "end", x: labelWidth - 8, y: gridTop - 8 },
    ],
    legend: {
      x: labelWidth,
      y: legendTop,
      width: gridWidth,
      height: 10,
      low: heatColours(0),
      high: heatColours(1),
      labels: [
        { text: "0", anchor: "start", x: labelWidth, y: legendTop + 24 },
        { text: "weight", anchor: "middle", x: labelWidth + gridWidth / 2, y: legendTop + 24 },
        { text: "1", anchor: "end", x: labelWidth + gridWidth, y: legendTop + 24 },
      ],
    },
  };
}
