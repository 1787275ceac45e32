import type { Matrix } from "../../math/index.ts";

export const SHARES_WIDTH = 320;
const LABEL_WIDTH = 64;
const ROW_HEIGHT = 24;
const ROW_GAP = 10;
/** Narrower segments get no key label: it would not fit. */
const MIN_LABELLED_WIDTH = 26;

/** Key j's share of one row's bar, in SVG coordinates. */
export interface ShareSegment {
  readonly key: number;
  readonly x: number;
  readonly width: number;
  /** Horizontal centre, where the key's label goes. */
  readonly center: number;
  readonly labelled: boolean;
}

export interface ShareRow {
  readonly y: number;
  readonly height: number;
  /** Vertical centre, where the labels go. */
  readonly centerY: number;
  /** Keys with weight 0 (masked) get no segment at all. */
  readonly segments: readonly ShareSegment[];
}

export interface RowSharesLayout {
  readonly height: number;
  /** Where the bars start; row labels end just left of it. */
  readonly barLeft: number;
  readonly barRight: number;
  readonly rows: readonly ShareRow[];
}

/**
 * One full-width bar per query, cut into its keys' weights left to right: a row of softmax
 * weights sums to 1, so the pieces always fill the bar exactly.
 */
export function layoutRowShares(weights: Matrix): RowSharesLayout {
  const barLeft = LABEL_WIDTH;
  const barRight = SHARES_WIDTH - 2;
  const span = barRight - barLeft;
  const rows = weights.map((row, i) => {
    let x = barLeft;
    const segments: ShareSegment[] = [];
    row.forEach((w, key) => {
      const width = w * span;
      if (width > 0) segments.push({ key, x, width, center: x + width / 2, labelled: width >= MIN_LABELLED_WIDTH });
      x += width;
    });
    const y = ROW_GAP / 2 + i * (ROW_HEIGHT + ROW_GAP);
    return { y, height: ROW_HEIGHT, centerY: y + ROW_HEIGHT / 2, segments };
  });
  return { height: weights.length * (ROW_HEIGHT + ROW_GAP), barLeft, barRight, rows };
}
