/**
 * Words and number forms the tiled pages share (online softmax, FlashAttention): exps with their
 * shift written out, "=" or "≈" as the shown digits demand, a tiny difference in powers of ten,
 * and a run of positions.
 */
import { formatFactor, formatNumber, isRounded } from "../math/index.ts";

/** Places for exps, sums, factors and weights: enough to redo a step by hand. */
export const TILED_DECIMALS = 3;

/** A number to TILED_DECIMALS places: "0.135", "1", "−∞". */
export function show(n: number): string {
  return formatNumber(n, TILED_DECIMALS);
}

/** "≈" when show(n) rounds n, else "=". */
export function relation(n: number): string {
  return isRounded(n, TILED_DECIMALS) ? "≈" : "=";
}

/** "exp(2 − 5)", "exp(1 − (−2))": an exp with its shift written out. */
export function expOf(score: number, shift: number): string {
  return `exp(${show(score)} − ${formatFactor(shift, TILED_DECIMALS)})`;
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/** A difference between two results: "0", "4.4 × 10⁻¹⁶", or "0.25" when it is not tiny. */
export function formatDifference(d: number): string {
  if (d === 0 || d >= 1e-3) return formatNumber(d, TILED_DECIMALS);
  const [mantissa = "0", exponent = "0"] = d.toExponential(1).split("e");
  const power = String(Number(exponent)).replace(/[-\d]/g, (c) => SUPERSCRIPTS[c] ?? c);
  return `${mantissa} × 10${power}`;
}

/** "position 4", "positions 2 and 3", "positions 0 to 2": `count` positions from `start`. */
export function positionsText(start: number, count: number): string {
  if (count === 1) return `position ${start}`;
  if (count === 2) return `positions ${start} and ${start + 1}`;
  return `positions ${start} to ${start + count - 1}`;
}
