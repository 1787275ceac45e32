/**
 * The words of the RoPE example: the expansion of an inspected number (a turned entry from its
 * pair, angle, cos and sin; a score from its terms), and the line comparing the two scores. Every
 * number comes from the math module (explainRopeEntry, compareRopeShift).
 */
import {
  explainRopeEntry,
  formatDotExpansion,
  formatNumber,
  isRounded,
  subscript,
  type RopeShiftComparison,
} from "../../math/index.ts";
import type { RopeTarget } from "./RopeExample.editing.ts";
import type { RopeValues } from "./rope-rules.ts";
import { turnedPairRule } from "../../text/rope-words.ts";

/** "= 2" or "≈ 0.54": a shown number with the sign that says whether it was rounded. */
export function approx(x: number, decimals = 2): string {
  return `${isRounded(x, decimals) ? "≈" : "="} ${formatNumber(x, decimals)}`;
}

/** Position of `part` at `at`: m or n, shifted for the second score. */
export function positionOf(values: RopeValues, part: "q" | "k", at: 0 | 1): number {
  return (part === "q" ? values.m : values.n) + (at === 1 ? values.shift : 0);
}

/** What the readout says about one inspected number. */
export interface RopeReadout {
  /** The arithmetic, one line. */
  readonly expansion: string;
  /** Where its angle comes from, or what the score depends on. */
  readonly detail: string;
}

/** The readout of a turned entry or a score. */
export function describeRopeTarget(values: RopeValues, c: RopeShiftComparison, target: RopeTarget): RopeReadout {
  const { base } = values;
  const d = values.q.length;
  if (target.part === "score") {
    const e = target.at === 0 ? c.near : c.far;
    return {
      expansion: formatDotExpansion(`q′·k′ at (${e.m}, ${e.n})`, e, 4),
      detail:
        `The query is turned at ${e.m} and the key at ${e.n}, so each pair meets at the angle (${e.m} − ${e.n})·θᵢ: ` +
        e.relativeAngles.map((a, i) => `pair ${i}: ${formatNumber(a, 4)} rad`).join(", ") +
        `. Only the offset ${e.offset} reaches the score.`,
    };
  }
  const v = target.part === "q" ? values.q : values.k;
  const p = positionOf(values, target.part, target.at);
  const e = explainRopeEntry(v, p, target.j, base);
  const i = e.pair;
  const name = `${target.part}′${subscript(target.j)}`;
  const pairNames = `(${target.part}${subscript(2 * i)}, ${target.part}${subscript(2 * i + 1)})`;
  return {
    expansion: formatDotExpansion(name, e, 4),
    detail:
      `Entry ${target.j} is in pair ${i}, ${pairNames}, with θ${subscript(i)} = ${formatNumber(base)}^(−${2 * i}/${d}) ` +
      `${approx(e.theta, 4)}. At position ${p} it is turned by ${p}·θ${subscript(i)} ${approx(e.angle, 4)} rad: ` +
      `cos ${approx(e.cos, 4)}, sin ${approx(e.sin, 4)}. ` +
      turnedPairRule(e.component),
  };
}

/** Below this, two scores differ only by rounding in the last digits of a float. */
export const ROUNDING_LIMIT = 1e-9;

/** The comparison of the two scores in one sentence, the same on the server and in any browser. */
export function shiftVerdict(c: RopeShiftComparison): string {
  const [a, b] = [c.near, c.far];
  const same =
    c.difference < ROUNDING_LIMIT
      ? `the same score, equal to 9 decimals (the difference is only rounding)`
      : `scores that differ by ${formatNumber(c.difference, 4)}`;
  return (
    `At (${a.m}, ${a.n}) the score is ${formatNumber(a.sum, 4)}; at (${b.m}, ${b.n}) it is ${formatNumber(b.sum, 4)}. ` +
    `Both pairs of positions are ${a.offset} apart, and they give ${same}.`
  );
}
