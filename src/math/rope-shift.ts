/**
 * The RoPE page's claim, computed: the same query and key give the same score at positions
 * (m, n) and at (m + s, n + s), because each pair of the score sees only the angle (m − n)·θᵢ
 * between its two turns.
 */
import { explainRopeScore, type RopeScoreExplanation } from "./rope.ts";
import { checkPosition, DEFAULT_POSITION_BASE } from "./position-checks.ts";

/** A query and a key scored at (m, n) and again after both move by the same shift. */
export interface RopeShiftComparison {
  /** The score at (m, n). */
  readonly near: RopeScoreExplanation;
  /** The score at (m + shift, n + shift). */
  readonly far: RopeScoreExplanation;
  readonly shift: number;
  /** |far.sum − near.sum|: 0 up to rounding. */
  readonly difference: number;
}

/**
 * Scores q at m against k at n, and again at m + shift and n + shift, each from scratch.
 * @param q shape [d], d even
 * @param k shape [d]
 * @param shift whole number; m + shift and n + shift must be positions (POSITION_LIMITS)
 * @throws RangeError naming the shifted position when it falls outside the limits
 */
export function compareRopeShift(
  q: readonly number[],
  k: readonly number[],
  m: number,
  n: number,
  shift: number,
  base = DEFAULT_POSITION_BASE,
): RopeShiftComparison {
  checkPosition("compareRopeShift", "the shifted query position m + shift", m + shift);
  checkPosition("compareRopeShift", "the shifted key position n + shift", n + shift);
  const near = explainRopeScore(q, k, m, n, base);
  const far = explainRopeScore(q, k, m + shift, n + shift, base);
  return { near, far, shift, difference: Math.abs(far.sum - near.sum) };
}
