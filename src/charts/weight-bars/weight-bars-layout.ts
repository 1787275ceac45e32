import { formatNumber, type Vector } from "../../math/index.ts";
import { formatWeight } from "../../text/weight-format.ts";

export const BARS_WIDTH = 300;
export const BARS_HEIGHT = 170;
const MARGIN = { top: 20, right: 4, bottom: 24, left: 30 };
/** Share of each key's slot that its bar fills; the rest is the gap between bars. */
const BAR_FILL = 0.7;

/** One key's bar, in SVG coordinates. */
export interface WeightBar {
  /** The slot: the whole column, used as the hover and tap target even when the bar is tiny. */
  readonly slotX: number;
  readonly slotWidth: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Horizontal centre, for the labels. */
  readonly center: number;
  /** The weight as printed above the bar. */
  readonly valueLabel: string;
}

export interface WeightBarsLayout {
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly bars: readonly WeightBar[];
  /** Gridlines at weights 0, 0.5 and 1: a weight is never outside [0, 1]. */
  readonly ticks: readonly { readonly y: number; readonly label: string }[];
}

/** Lays out one bar per weight on a fixed 0…1 axis, so charts for different d_k compare directly. */
export function layoutWeightBars(weights: Vector): WeightBarsLayout {
  const left = MARGIN.left;
  const right = BARS_WIDTH - MARGIN.right;
  const top = MARGIN.top;
  const bottom = BARS_HEIGHT - MARGIN.bottom;
  const yOf = (w: number) => bottom - w * (bottom - top);
  const slotWidth = (right - left) / Math.max(1, weights.length);
  const width = slotWidth * BAR_FILL;
  const bars = weights.map((w, j) => {
    const slotX = left + j * slotWidth;
    return {
      slotX,
      slotWidth,
      x: slotX + (slotWidth - width) / 2,
      y: yOf(w),
      width,
      height: bottom - yOf(w),
      center: slotX + slotWidth / 2,
      valueLabel: formatWeight(w),
    };
  });
  const ticks = [0, 0.5, 1].map((value) => ({ y: yOf(value), label: formatNumber(value) }));
  return { plot: { left, right, top, bottom }, bars, ticks };
}
