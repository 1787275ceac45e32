import { decodeStepWork, doublingTokenCounts, groupDigits, sampleTokenCounts } from "../../math/index.ts";
import { niceLinearScale } from "../linear-scale.ts";

// Narrow enough that the labels stay readable when a phone shrinks the plot to ~300 px.
export const WORK_PLOT_WIDTH = 420;
export const WORK_PLOT_HEIGHT = 280;
const MARGIN = { top: 16, right: 20, bottom: 48, left: 60 };
const SAMPLES = 64;
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** One tick of an axis: where it is drawn and what it says. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** Everything the work-per-step plot draws, in viewBox units. */
export interface WorkPlotLayout {
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** SVG path of the multiply–adds per step with a cache (grows like t). */
  readonly cachedPath: string;
  /** SVG path without a cache (grows like t²). */
  readonly uncachedPath: string;
  /** The last point of each line, where a marker is drawn. */
  readonly cachedEnd: { readonly x: number; readonly y: number };
  readonly uncachedEnd: { readonly x: number; readonly y: number };
}

/** 10⁶ for 6. */
export function powerOfTen(exponent: number): string {
  const digits = String(exponent).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!);
  return exponent === 0 ? "1" : exponent === 1 ? "10" : `10${digits}`;
}

/**
 * Lays out the plot of multiply–adds per decode step (one layer, one head) for t = 1 … seqLen, with
 * and without a cache. The y axis is logarithmic (one grid line per power of ten): without a
 * cache the work grows like t², with one like t, and on a linear axis the cached line would lie
 * flat on zero.
 */
export function layoutWorkPlot(seqLen: number, headDim: number): WorkPlotLayout {
  const plot = {
    left: MARGIN.left,
    right: WORK_PLOT_WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: WORK_PLOT_HEIGHT - MARGIN.bottom,
  };
  // Evenly spread points, plus 1, 2, 4, …: on a log axis the lines bend most at small t.
  const counts = [...new Set([...sampleTokenCounts(seqLen, SAMPLES), ...doublingTokenCounts(seqLen)])].sort(
    (a, b) => a - b,
  );
  const logWork = (t: number, cached: boolean) => Math.log10(Number(decodeStepWork(t, headDim, cached).multiplyAdds));
  const top = Math.max(1, Math.ceil(logWork(seqLen, false)));
  const bottom = Math.floor(logWork(1, true));
  const x = niceLinearScale([0, seqLen], [plot.left, plot.right], 5);
  const y = niceLinearScale([bottom, top], [plot.bottom, plot.top], 8);
  const path = (cached: boolean) =>
    counts.map((t, k) => `${k === 0 ? "M" : "L"}${x(t).toFixed(1)},${y(logWork(t, cached)).toFixed(1)}`).join("");
  const end = (cached: boolean) => ({ x: x(seqLen), y: y(logWork(seqLen, cached)) });
  const exponents = y.ticks(8).filter(Number.isInteger);
  // At most about eight labelled powers of ten: every second or third when the range is wide.
  const stride = Math.ceil(exponents.length / 8);
  return {
    plot,
    xTicks: x
      .ticks(5)
      .filter(Number.isInteger)
      .map((t) => ({ at: x(t), label: groupDigits(t) })),
    yTicks: exponents.filter((e) => e % stride === 0).map((e) => ({ at: y(e), label: powerOfTen(e) })),
    cachedPath: path(true),
    uncachedPath: path(false),
    cachedEnd: end(true),
    uncachedEnd: end(false),
  };
}
