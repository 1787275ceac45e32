/**
 * The arithmetic of a draggable point, pure so it can be tested without a browser: values snap to
 * a grid (halves, so the numbers a learner makes stay checkable by hand) inside a range, a key
 * press nudges a value to the next grid line, and a pointer's position is read back as data
 * through the plot's own scales.
 */
import type { LinearScale } from "../linear-scale.ts";

/** The grid a dragged value lands on: halves. */
export const DRAG_STEP = 0.5;
/** How far Shift + an arrow key moves a value: one whole unit. */
export const DRAG_BIG_STEP = 1;

/** A closed interval [min, max]. */
export type Range = readonly [number, number];

/**
 * `value` rounded to the nearest multiple of `step`, then kept within [min, max] (a bound that is
 * not on the grid gives way to the nearest grid value inside it). Never returns −0.
 * @param step greater than 0
 * @param min at most max, with a multiple of step between them
 */
export function snap(value: number, step: number, min: number, max: number): number {
  const low = Math.ceil(min / step) * step;
  const high = Math.floor(max / step) * step;
  const rounded = Math.round(value / step) * step;
  return Math.min(high, Math.max(low, rounded)) + 0;
}

/**
 * The next grid value above (`direction` 1) or below (−1) `value`, kept within [min, max]: from a
 * value on the grid that is one step; from one between grid lines, the nearest line that way.
 */
export function nudge(value: number, direction: 1 | -1, step: number, min: number, max: number): number {
  const onGrid = Math.round(value / step) * step;
  const base =
    Math.abs(onGrid - value) < 1e-9
      ? onGrid
      : direction > 0
        ? Math.floor(value / step) * step
        : Math.ceil(value / step) * step;
  return snap(base + direction * step, step, min, max);
}

/** What a key press does to a point: the component it moves, and which way; null for other keys. */
export function keyMove(key: string): { readonly axis: 0 | 1; readonly direction: 1 | -1 } | null {
  switch (key) {
    case "ArrowRight":
      return { axis: 0, direction: 1 };
    case "ArrowLeft":
      return { axis: 0, direction: -1 };
    case "ArrowUp":
      return { axis: 1, direction: 1 };
    case "ArrowDown":
      return { axis: 1, direction: -1 };
    default:
      return null;
  }
}

/**
 * The point `[x, y]` after a key press: one component nudged to the next grid line (a half, or a
 * whole unit with Shift), within `limits`; null when the key does not move points.
 */
export function nudgePoint(
  point: readonly [number, number],
  key: string,
  shift: boolean,
  limits: readonly [Range, Range],
): [number, number] | null {
  const move = keyMove(key);
  if (move === null) return null;
  const next: [number, number] = [point[0], point[1]];
  const [min, max] = limits[move.axis];
  next[move.axis] = nudge(point[move.axis], move.direction, shift ? DRAG_BIG_STEP : DRAG_STEP, min, max);
  return next;
}

/** The data point drawn at SVG position (x, y) by the plot's two scales: each scale inverted. */
export function pixelToData(
  scales: { readonly x: LinearScale; readonly y: LinearScale },
  x: number,
  y: number,
): [number, number] {
  return [scales.x.invert(x), scales.y.invert(y)];
}

/** A pointer's position in the SVG's own units, from its box on screen (an SVG scaled to fit, height auto). */
export function clientToSvg(
  box: { readonly left: number; readonly top: number; readonly width: number; readonly height: number },
  viewBox: { readonly width: number; readonly height: number },
  clientX: number,
  clientY: number,
): [number, number] {
  return [((clientX - box.left) * viewBox.width) / box.width, ((clientY - box.top) * viewBox.height) / box.height];
}

/** `point` snapped to the grid within `limits`, component by component. */
export function snapPoint(point: readonly [number, number], limits: readonly [Range, Range]): [number, number] {
  return [snap(point[0], DRAG_STEP, ...limits[0]), snap(point[1], DRAG_STEP, ...limits[1])];
}

/** The smallest range holding both (a plot's domain, grown to hold what a drag moved). */
export function union(a: Range, b: Range): [number, number] {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** `range` narrowed to [−limit, limit]. */
export function within(range: Range, limit: number): [number, number] {
  return [Math.max(range[0], -limit), Math.min(range[1], limit)];
}
