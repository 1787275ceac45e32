/**
 * Display strings for numbers and expansions. Negative numbers use the minus sign U+2212,
 * products the middle dot U+00B7, so text matches typeset math.
 */
import { approxEqual } from "./compare.ts";
import type { DotExplanation, Term } from "./explain.ts";

const MINUS = "\u2212";
const SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

function checkDecimals(maxDecimals: number): void {
  if (Number.isInteger(maxDecimals) && maxDecimals >= 0 && maxDecimals <= 15) return;
  throw new RangeError(`formatNumber: maxDecimals must be a whole number from 0 to 15; received ${maxDecimals}.`);
}

/**
 * |n| rounded half away from zero to `maxDecimals` places, then made signed again.
 * Rounds the shortest decimal form of n (what a learner would type), so 1.005 → 1.01,
 * not the binary value's 1.00.
 */
function roundAwayFromZero(n: number, maxDecimals: number): number {
  const [mantissa = "0", exponent = "0"] = String(Math.abs(n)).split("e");
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + maxDecimals}`));
  return (Math.sign(n) * scaled) / 10 ** maxDecimals;
}

/**
 * A number for display: "17", "0.5", "−1" (U+2212), trailing zeros trimmed, −0 → "0",
 * rounded half away from zero to at most `maxDecimals` places; "∞", "−∞", "NaN".
 * @param maxDecimals whole number from 0 to 15
 * @throws RangeError for any other maxDecimals
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  checkDecimals(maxDecimals);
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : `${MINUS}∞`;
  const rounded = roundAwayFromZero(n, maxDecimals);
  const abs = Math.abs(rounded);
  const digits = abs >= 1e21 ? String(abs) : abs.toFixed(maxDecimals);
  const trimmed = digits.includes(".") ? digits.replace(/\.?0+$/, "") : digits;
  return rounded < 0 ? `${MINUS}${trimmed}` : trimmed;
}

/**
 * True when `formatNumber(n, maxDecimals)` does not show n: its rounded value differs from n
 * by more than floating-point noise (1e-9 relative), so 0.1 + 0.2 shows as "0.3" without "≈"
 * but 1/3 shows as "≈ 0.33". Infinities and NaN are never rounded.
 */
export function isRounded(n: number, maxDecimals = 2): boolean {
  checkDecimals(maxDecimals);
  if (!Number.isFinite(n)) return false;
  return !approxEqual(roundAwayFromZero(n, maxDecimals), n);
}

/** Like formatNumber, with negative numbers in parentheses for use as a factor: "(−1)". */
export function formatFactor(n: number, maxDecimals = 2): string {
  const text = formatNumber(n, maxDecimals);
  return text.startsWith(MINUS) ? `(${text})` : text;
}

/** The terms of a dot product: "2·10 + 3·(−1)"; no terms → "0". */
export function formatTerms(terms: readonly Term[], maxDecimals = 2): string {
  if (terms.length === 0) return "0";
  return terms.map((t) => `${formatFactor(t.left, maxDecimals)}·${formatFactor(t.right, maxDecimals)}`).join(" + ");
}

/**
 * "y₁ = 2·10 + 3·(−1) = 17". The last sign is " ≈ " when the shown sum or any shown factor is
 * rounded, because then the shown arithmetic would not give the shown result exactly. When the
 * shown terms would even add up to a different rounded result (1.444·(−1) + 0.924·(−1) shown as
 * 1.44·(−1) + 0.92·(−1)), the expansion gives the sum of the shown terms and the unrounded result.
 * @param name plain label supplied by the caller, e.g. "y₀"
 */
export function formatDotExpansion(name: string, explanation: DotExplanation, maxDecimals = 2): string {
  const { terms, sum } = explanation;
  const approximate =
    isRounded(sum, maxDecimals) || terms.some((t) => isRounded(t.left, maxDecimals) || isRounded(t.right, maxDecimals));
  const relation = approximate ? "≈" : "=";
  const shown = formatDotExpansionSoFar(name, explanation, terms.length, maxDecimals);
  if (approximate) {
    // The shown digits must reproduce the shown result: when the sum of the shown (rounded)
    // terms rounds differently from the true sum, give both, each labelled.
    const fromShown = terms.reduce(
      (total, t) => total + roundAwayFromZero(t.left, maxDecimals) * roundAwayFromZero(t.right, maxDecimals),
      0,
    );
    if (formatNumber(fromShown, maxDecimals) !== formatNumber(sum, maxDecimals)) {
      return `${shown} = ${formatNumber(fromShown, 2 * maxDecimals)} (unrounded: ${formatNumber(sum, maxDecimals)})`;
    }
  }
  return `${shown} ${relation} ${formatNumber(sum, maxDecimals)}`;
}

/**
 * The start of an expansion, as far as its first `count` terms and without the result:
 * "y₁ = 2·10" (count 1), "y₁ = 2·10 + 3·(−1)" (count 2). formatDotExpansion is this line with every
 * term, then its result, so an expansion built term by term shows exactly what inspection shows.
 * @param count whole number from 1 to the number of terms (clamped into that range)
 */
export function formatDotExpansionSoFar(
  name: string,
  explanation: DotExplanation,
  count: number,
  maxDecimals = 2,
): string {
  const { terms } = explanation;
  const shown = terms.slice(0, Math.max(1, Math.min(terms.length, Math.floor(count))));
  return `${name} = ${formatTerms(shown, maxDecimals)}`;
}

/** Unicode subscript digits for an integer index: 0 → "₀", 12 → "₁₂", −1 → "₋₁". */
export function subscript(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`subscript: expected an integer; received ${n}.`);
  const digits = String(Math.abs(n)).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)] ?? d);
  return n < 0 ? `₋${digits}` : digits;
}

/**
 * A number as a screen reader should say it: "minus 1", "0.5", "17", "minus infinity".
 */
export function speakNumber(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return "not a number";
  const text = formatNumber(n, maxDecimals).replace("∞", "infinity");
  return text.startsWith(MINUS) ? `minus ${text.slice(MINUS.length)}` : text;
}

/** Terms read aloud: "2 times 10 plus 3 times minus 1"; no terms → "0". */
export function speakTerms(terms: readonly Term[], maxDecimals = 2): string {
  if (terms.length === 0) return "0";
  return terms
    .map((t) => `${speakNumber(t.left, maxDecimals)} times ${speakNumber(t.right, maxDecimals)}`)
    .join(" plus ");
}
