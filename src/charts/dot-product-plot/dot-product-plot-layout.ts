import { extent } from "d3-array";
import { formatNumber, type Vector } from "../../math/index.ts";
import { niceLinearScale, type LinearScale } from "../linear-scale.ts";
import type { Tick } from "../vector-plot/vector-plot-layout.ts";
import { union, type Range } from "../drag/drag-math.ts";

export const DOT_PLOT_WIDTH = 360;
/** The tallest the plot gets; flatter data gives a shorter plot (see DotPlotLayout.height). */
export const DOT_PLOT_MAX_HEIGHT = 300;
const MARGIN = { top: 16, right: 20, bottom: 32, left: 40 };
/** A generous width of one character of the plot's 14 px text (IBM Plex Sans digits are 0.6 em). */
const CHAR_WIDTH = 9;
/** Radius of the angle arc in SVG units, unless an arrow is shorter. */
const ARC_RADIUS = 30;
/** How far beyond its tip a vector's name is centred, in SVG units. */
const LABEL_OFFSET = 19;

interface Point {
  readonly x: number;
  readonly y: number;
}

/** Everything the dot product plot draws, in SVG coordinates. Pure, so it can be tested. */
export interface DotPlotLayout {
  /** Height of the SVG: both axes share one scale, so flat data needs less height. */
  readonly height: number;
  readonly origin: Point;
  /** Where the axes and the data may go; the axes' ticks sit on its left and bottom edges. */
  readonly plotArea: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly tipA: Point;
  readonly tipB: Point;
  /** Where the names "a" and "b" go: just beyond each tip, along its arrow. */
  readonly labelA: Point;
  readonly labelB: Point;
  /** The foot of the perpendicular from b's tip to a's line: the tip of b's projection on a. */
  readonly foot: Point;
  /** The arc marking θ from a to b and where its label goes; null when θ is 0. */
  readonly arc: { readonly path: string; readonly label: Point } | null;
  /** The data shown on each axis, and the scales from data to SVG units (a dragged tip is read back through them). */
  readonly domains: { readonly x: Range; readonly y: Range };
  readonly scales: { readonly x: LinearScale; readonly y: LinearScale };
}

/** Widens an extent by 12 % so that arrow tips and labels stay off the frame. */
function padded([min = 0, max = 0]: [number, number] | [undefined, undefined]): [number, number] {
  const pad = (max - min) * 0.12 || 1;
  return [min - (min < 0 ? pad : 0), max + (max > 0 ? pad : 0)];
}

function unit(from: Point, to: Point): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

/**
 * Lays out a, b and b's projection on a (computed by the math module) on axes with the same
 * scale in both directions, so the angle drawn is the true angle. Both axes include 0.
 * @param a shape [2], not zero
 * @param b shape [2], not zero
 * @param projection b's projection onto a, shape [2]
 * @param keep domains the axes show at least (those of the layout a drag started from), so the
 *   plot does not rescale under the pointer; they grow only when the data needs more room
 */
export function layoutDotPlot(
  a: Vector,
  b: Vector,
  projection: Vector,
  keep?: { readonly x: Range; readonly y: Range },
): DotPlotLayout {
  const points = [[0, 0], a, b, projection];
  const fit = (range: [number, number], kept: Range | undefined) =>
    niceLinearScale(kept ? union(range, kept) : range, [0, 1], 5).domain;
  const xNice = fit(padded(extent(points, (p) => p[0])), keep?.x);
  const yNice = fit(padded(extent(points, (p) => p[1])), keep?.y);
  // The vertical axis's tick labels end 6 units left of it: widen the margin for long ones ("−15000").
  const yLabels = niceLinearScale(yNice, [0, 1], 5)
    .ticks(5)
    .map((value) => formatNumber(value));
  const marginLeft = Math.max(MARGIN.left, Math.ceil(8 + CHAR_WIDTH * Math.max(...yLabels.map((l) => l.length))));
  const width = DOT_PLOT_WIDTH - marginLeft - MARGIN.right;
  const maxHeight = DOT_PLOT_MAX_HEIGHT - MARGIN.top - MARGIN.bottom;
  // One data unit is the same number of pixels across and up: a 45° angle looks like 45°.
  const perUnit = Math.min(width / (xNice[1] - xNice[0]), maxHeight / (yNice[1] - yNice[0]));
  const left = marginLeft + (width - (xNice[1] - xNice[0]) * perUnit) / 2;
  const bottom = MARGIN.top + (yNice[1] - yNice[0]) * perUnit;
  const sx = niceLinearScale(xNice, [left, left + (xNice[1] - xNice[0]) * perUnit], 5);
  const sy = niceLinearScale(yNice, [bottom, bottom - (yNice[1] - yNice[0]) * perUnit], 5);
  const at = (v: Vector): Point => ({ x: sx(v[0] ?? 0), y: sy(v[1] ?? 0) });
  const ticks = (scale: LinearScale): Tick[] =>
    scale.ticks(5).map((value) => ({ value, position: scale(value), label: formatNumber(value) }));

  const origin = at([0, 0]);
  const tipA = at(a);
  const tipB = at(b);
  const beyond = (tip: Point): Point => {
    const u = unit(origin, tip);
    // Far enough out to stay clear of the ring a draggable tip has (src/charts/drag/).
    return { x: tip.x + LABEL_OFFSET * u.x, y: tip.y + LABEL_OFFSET * u.y };
  };
  return {
    height: bottom + MARGIN.bottom,
    origin,
    plotArea: { left: sx(xNice[0]), right: sx(xNice[1]), top: sy(yNice[1]), bottom: sy(yNice[0]) },
    xTicks: ticks(sx),
    yTicks: ticks(sy),
    tipA,
    tipB,
    labelA: beyond(tipA),
    labelB: beyond(tipB),
    foot: at(projection),
    arc: angleArc(origin, tipA, tipB),
    domains: { x: xNice, y: yNice },
    scales: { x: sx, y: sy },
  };
}

/**
 * The arc from a's direction to b's, the short way round. SVG's y axis points down, so a
 * positive cross product of the screen directions means b is clockwise from a (sweep flag 1).
 */
function angleArc(origin: Point, tipA: Point, tipB: Point): DotPlotLayout["arc"] {
  const ua = unit(origin, tipA);
  const ub = unit(origin, tipB);
  const cross = ua.x * ub.y - ua.y * ub.x;
  const cosine = ua.x * ub.x + ua.y * ub.y;
  if (Math.abs(cross) < 1e-9 && cosine > 0) return null;
  const radius = Math.min(
    ARC_RADIUS,
    0.45 * Math.hypot(tipA.x - origin.x, tipA.y - origin.y),
    0.45 * Math.hypot(tipB.x - origin.x, tipB.y - origin.y),
  );
  const sweep = cross >= 0 ? 1 : 0;
  const start = { x: origin.x + radius * ua.x, y: origin.y + radius * ua.y };
  const end = { x: origin.x + radius * ub.x, y: origin.y + radius * ub.y };
  // Opposite vectors: the half-turn's middle is a quarter turn clockwise from a.
  const middle =
    Math.abs(cross) < 1e-9 ? { x: -ua.y, y: ua.x } : unit({ x: 0, y: 0 }, { x: ua.x + ub.x, y: ua.y + ub.y });
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    path: `M${r(start.x)},${r(start.y)}A${r(radius)},${r(radius)} 0 0 ${sweep} ${r(end.x)},${r(end.y)}`,
    label: { x: origin.x + (radius + 14) * middle.x, y: origin.y + (radius + 14) * middle.y },
  };
}
