import { extent } from "d3-array";
import { formatNumber, projectRow, scale, type Matrix, type Vector } from "../../math/index.ts";
import { niceLinearScale, type LinearScale } from "../linear-scale.ts";
import type { Tick } from "../vector-plot/vector-plot-layout.ts";

export const MIX_PLOT_WIDTH = 360;
/** The tallest the plot gets; flatter data gives a shorter plot (one scale for both axes). */
export const MIX_PLOT_MAX_HEIGHT = 300;
const MARGIN = { top: 22, right: 30, bottom: 34, left: 44 };
/** How far a point's name sits from the point, in SVG units. */
const LABEL_GAP = 15;
/** A line from the mix to a point shorter than this (SVG units) has its weight written by the name instead. */
const SHORT_LINE = 44;

interface Point {
  readonly x: number;
  readonly y: number;
}

/** One value row's part of the picture: its point, its name's place and its pull on the mix. */
export interface MixtureValue {
  /** The value row's first two components, as drawn. */
  readonly value: Vector;
  readonly weight: number;
  /** weight·value: what this row adds to the mix (computed by the math module). */
  readonly pull: Vector;
  readonly at: Point;
  /** Where the value's name goes: beyond the point, away from the mix. */
  readonly label: Point;
  readonly anchor: "start" | "middle" | "end";
  /**
   * Where the weight is written: along the line from the mix to the point, or under the point's
   * name when that line is too short to hold it (most of the weight on this point).
   */
  readonly weightAt: Point;
  readonly weightAnchor: "start" | "middle" | "end";
  /** The line's width and opacity: both grow with the weight (the weight is also written out). */
  readonly width: number;
  readonly opacity: number;
}

/** Everything the mixture plot draws, in SVG coordinates. Pure, so it can be tested. */
export interface MixtureLayout {
  readonly height: number;
  readonly plotArea: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Σⱼ aⱼ vⱼ over the drawn components (computed by the math module), and where it is drawn. */
  readonly mix: Vector;
  readonly mixAt: Point;
  readonly values: readonly MixtureValue[];
  /** The convex hull of the value points as an SVG `points` list: the mix always lies inside it. */
  readonly hull: string;
}

/** The first two components of each row: what a 2-D picture can show. */
export function firstTwo(V: Matrix): Matrix {
  return V.map((row) => row.slice(0, 2));
}

/** Widens an extent by 15 % (1 when it is a single number) so points and names stay off the frame. */
function padded([min = 0, max = 0]: [number, number] | [undefined, undefined]): [number, number] {
  const pad = (max - min) * 0.15 || 1;
  return [min - pad, max + pad];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The convex hull of `points` (Andrew's monotone chain), counter-clockwise on screen, without
 * repeated or collinear points. One or two points give themselves.
 */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const chain: Point[] = [];
    for (const p of list) {
      while (chain.length >= 2 && cross(chain.at(-2)!, chain.at(-1)!, p) <= 1e-9) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  if (sorted.length < 3) return sorted;
  return [...half(sorted), ...half([...sorted].reverse())];
}

/**
 * Lays out one query's weighted sum of value rows: the value rows' first two components as
 * points, their mix Σⱼ aⱼ vⱼ (projectRow(weights, V), the same arithmetic as the output row), and
 * a line from the mix to each point whose width and opacity grow with that point's weight. Both
 * axes share one scale, so the mix sits where the weights put it.
 * @param weights one query's weights, shape [t], each in 0 … 1 and summing to 1
 * @param V the value rows, shape [t, d_v] with d_v ≥ 2; only components 0 and 1 are drawn
 */
export function layoutMixture(weights: Vector, V: Matrix): MixtureLayout {
  const drawn = firstTwo(V);
  const mix = projectRow(weights, drawn);
  const all = [...drawn, mix];
  const xNice = niceLinearScale(padded(extent(all, (p) => p[0])), [0, 1], 5).domain;
  const yNice = niceLinearScale(padded(extent(all, (p) => p[1])), [0, 1], 5).domain;
  const width = MIX_PLOT_WIDTH - MARGIN.left - MARGIN.right;
  const maxHeight = MIX_PLOT_MAX_HEIGHT - MARGIN.top - MARGIN.bottom;
  const perUnit = Math.min(width / (xNice[1] - xNice[0]), maxHeight / (yNice[1] - yNice[0]));
  const left = MARGIN.left + (width - (xNice[1] - xNice[0]) * perUnit) / 2;
  const bottom = MARGIN.top + (yNice[1] - yNice[0]) * perUnit;
  const sx = niceLinearScale(xNice, [left, left + (xNice[1] - xNice[0]) * perUnit], 5);
  const sy = niceLinearScale(yNice, [bottom, bottom - (yNice[1] - yNice[0]) * perUnit], 5);
  const at = (v: Vector): Point => ({ x: round(sx(v[0] ?? 0)), y: round(sy(v[1] ?? 0)) });
  const ticks = (s: LinearScale): Tick[] =>
    s.ticks(5).map((value) => ({ value, position: s(value), label: formatNumber(value) }));
  const mixAt = at(mix);

  const values = drawn.map((value, j): MixtureValue => {
    const weight = weights[j] ?? 0;
    const point = at(value);
    const dx = point.x - mixAt.x;
    const dy = point.y - mixAt.y;
    const length = Math.hypot(dx, dy);
    // A point on the mix (all the weight on it) has its name above it.
    const u = length < 1e-6 ? { x: 0, y: -1 } : { x: dx / length, y: dy / length };
    const label = { x: round(point.x + LABEL_GAP * u.x), y: round(point.y + LABEL_GAP * u.y) };
    const anchor = u.x > 0.35 ? "start" : u.x < -0.35 ? "end" : "middle";
    const onLine = length >= SHORT_LINE;
    return {
      value,
      weight,
      pull: scale(value, weight),
      at: point,
      label,
      anchor,
      weightAt: onLine
        ? { x: round(mixAt.x + 0.55 * dx), y: round(mixAt.y + 0.55 * dy) }
        : { x: label.x, y: round(label.y + (u.y < -0.35 ? -17 : 17)) },
      weightAnchor: onLine ? "middle" : anchor,
      width: round(2 + 6 * weight),
      opacity: round(0.45 + 0.55 * weight),
    };
  });

  return {
    height: Math.round(bottom + MARGIN.bottom),
    plotArea: { left: sx(xNice[0]), right: sx(xNice[1]), top: sy(yNice[1]), bottom: sy(yNice[0]) },
    xTicks: ticks(sx),
    yTicks: ticks(sy),
    mix,
    mixAt,
    values,
    hull: convexHull(values.map((v) => v.at))
      .map((p) => `${p.x},${p.y}`)
      .join(" "),
  };
}
