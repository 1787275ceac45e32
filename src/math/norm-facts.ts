/**
 * What a normalised row looks like: its mean and its (population) variance, or its mean square.
 * Layer norm leaves mean 0 and variance var/(var + ε) (just under 1) before the gain; RMSNorm
 * leaves mean square ms/(ms + ε). The norm examples show these to say what was achieved.
 */
import { mean } from "./statistics.ts";
import type { Vector } from "./shape.ts";

/** A row's spread, divided by d as the norms divide (not by d − 1). */
export interface RowSpread {
  /** Σ v_j / d. */
  readonly mean: number;
  /** Σ (v_j − mean)² / d. */
  readonly variance: number;
  /** Σ v_j² / d. */
  readonly meanSquare: number;
}

/**
 * Mean, population variance and mean square of one row.
 * @param v shape [d], d ≥ 1
 * @throws RangeError for an empty row
 */
export function rowSpread(v: Vector): RowSpread {
  const m = mean(v);
  const squares = (w: Vector) => w.reduce((s, x) => s + x * x, 0) / w.length;
  return { mean: m, variance: squares(v.map((x) => x - m)), meanSquare: squares(v) };
}
