import { extent } from "d3-array";
import { formatNumber, norm, subscript, type Vector } from "../../math/index.ts";
import { niceLinearScale, type LinearScale } from "../linear-scale.ts";
import { union, type Range } from "../drag/drag-math.ts";

export const PLOT_WIDTH = 360;
export const PLOT_HEIGHT = 260;
const MARGIN = { top: 18, right: 24, bottom: 34, left: 44 };
/**
 * A generous width of one character of the plot's 12 px text (IBM Plex Sans digits are 0.6 em;
 * the semibold of an inspected guide is a little wider), for keeping labels inside the SVG.
 */
export const LABEL_CHAR_WIDTH = 7.8;
/** Space kept between a label and the SVG's edge. */
const EDGE = 2;

export interface Tick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
}

/** Everything the vector plot draws, in SVG coordinates. Pure, so it can be tested and snapshot. */
export interface VectorPlotLayout {
  readonly origin: { readonly x: number; readonly y: number };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly plotArea: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Tip of the input vector and of the projected vector. */
  readonly inputTip: { readonly x: number; readonly y: number };
  readonly outputTip: { readonly x: number; readonly y: number };
  /** Guides from the output tip to each axis: component j of y is read off axis j. */
  readonly guides: readonly { readonly from: { x: number; y: number }; readonly to: { x: number; y: number } }[];
  /** The label of each guide ("y₀ = 17"), placed so that it stays whole inside the SVG. */
  readonly guideLabels: readonly GuideLabel[];
  /** The data shown on each axis, and the scales from data to SVG units (a dragged tip is read back through them). */
  readonly domains: { readonly x: Range; readonly y: Range };
  readonly scales: { readonly x: LinearScale; readonly y: LinearScale };
}

/** One guide's label: its text and where it is drawn. */
export interface GuideLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end";
}

/** How wide a label of the plot may be drawn, from its length (an estimate that errs wide). */
export function labelWidth(text: string): number {
  return text.length * LABEL_CHAR_WIDTH;
}

/**
 * A label just right of `x`, or, when it would run past the right edge of the SVG, ending just
 * left of `x`; never past either edge (a label wider than the space left starts at the left edge).
 */
export function placeLabel(text: string, x: number, y: number): GuideLabel {
  const width = labelWidth(text);
  if (x + 6 + width <= PLOT_WIDTH - EDGE) return { text, x: x + 6, y, anchor: "start" };
  const end = Math.min(x - 6, PLOT_WIDTH - EDGE);
  if (end - width >= EDGE) return { text, x: end, y, anchor: "end" };
  return { text, x: EDGE, y, anchor: "start" };
}

/** Widens an extent by 8 % on each side that has data, so arrow tips never sit on the frame. */
function padded([min = 0, max = 0]: [number, number] | [undefined, undefined]): [number, number] {
  const pad = (max - min) * 0.08;
  return [min < 0 ? min - pad : min, max > 0 ? max + pad : max];
}

/**
 * Lays out a 2-component input x and output y on shared axes from the origin. Each axis gets its
 * own linear scale (a projection can stretch one component far more than the other), both always
 * include 0 and are extended to round tick values. `keep`: domains the axes show at least (those of
 * the layout a drag started from), so the plot does not rescale under the pointer.
 */
export function layoutVectorPlot(
  x: Vector,
  y: Vector,
  keep?: { readonly x: Range; readonly y: Range },
): VectorPlotLayout {
  const [x0 = 0, x1 = 0] = x;
  const [y0 = 0, y1 = 0] = y;
  const xPadded = padded(extent([0, x0, y0]));
  const yPadded = padded(extent([0, x1, y1]));
  const [xMin, xMax] = keep ? union(xPadded, keep.x) : xPadded;
  const [yMin, yMax] = keep ? union(yPadded, keep.y) : yPadded;
  const right = PLOT_WIDTH - MARGIN.right;
  const top = MARGIN.top;
  const bottom = PLOT_HEIGHT - MARGIN.bottom;
  const sy = niceLinearScale([yMin, yMax], [bottom, top], 6);
  const ticks = (scale: LinearScale, count: number): Tick[] =>
    scale.ticks(count).map((value) => ({ value, position: scale(value), label: formatNumber(value) }));
  const yTicks = ticks(sy, 6);
  // The vertical axis's tick labels end 6 units left of it: widen the margin for long ones ("−15000").
  const left = Math.max(MARGIN.left, Math.ceil(6 + EDGE + Math.max(...yTicks.map((t) => labelWidth(t.label)))));
  const sx = niceLinearScale([xMin, xMax], [left, right], 5);
  const origin = { x: sx(0), y: sy(0) };
  const outputTip = { x: sx(y0), y: sy(y1) };
  const guideText = (j: number) => `y${subscript(j)} = ${formatNumber(y[j] ?? 0)}`;
  return {
    origin,
    xTicks: ticks(sx, 5),
    yTicks,
    plotArea: { left, right, top, bottom },
    inputTip: { x: sx(x0), y: sy(x1) },
    outputTip,
    guides: [
      { from: outputTip, to: { x: outputTip.x, y: origin.y } },
      { from: outputTip, to: { x: origin.x, y: outputTip.y } },
    ],
    guideLabels: [
      placeLabel(guideText(0), outputTip.x, origin.y - 8),
      placeLabel(guideText(1), origin.x, outputTip.y - 6),
    ],
    domains: { x: sx.domain, y: sy.domain },
    scales: { x: sx, y: sy },
  };
}

/** The plot's long description, built from the same numbers: sizes compared honestly. */
export function describeVectorPlot(x: Vector, y: Vector): string {
  const comparison =
    norm(y) > norm(x) * 1.05
      ? "a longer projected vector"
      : norm(y) < norm(x) * 0.95
        ? "a shorter projected vector"
        : "a projected vector of about the same length";
  const pair = (v: Vector) => `(${v.map((n) => formatNumber(n)).join(", ")})`;
  return (
    `The input vector x = ${pair(x)} and ${comparison} y = ${pair(y)} are drawn as arrows from the origin on the same axes. ` +
    `Dashed guides read the output components off the axes: first output component = ${formatNumber(y[0] ?? 0)}, ` +
    `second output component = ${formatNumber(y[1] ?? 0)}.`
  );
}
