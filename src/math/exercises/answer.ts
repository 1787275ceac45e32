/**
 * Reading and checking a typed numeric answer. Equivalent forms are accepted ("17", "17.0", "+17",
 * " 17 ", "−1" with U+2212 or "-1", "1,024", "2.5e3"); anything else is nonsense and gets a message
 * saying what was wrong and what is accepted, and is never counted as a wrong answer.
 */

/** A typed answer after reading: a finite number, or a message for the learner. */
export type ParsedAnswer =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly message: string };

const ACCEPTED = "Type a number such as 17, −1 or 0.25.";
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * Reads a typed number. Minus may be "-", "−" (U+2212) or "–"; spaces around and inside the number
 * are ignored; commas are accepted only as thousands separators ("1,024").
 * @returns the value, or why the text is not an answer (empty, not a number, too large)
 */
export function parseNumberAnswer(text: string): ParsedAnswer {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: `Nothing to check yet. ${ACCEPTED}` };
  const compact = trimmed.replace(/[\u2212\u2013]/g, "-").replace(/\s+/g, "");
  const plain = GROUPED.test(compact) ? compact.replace(/,/g, "") : compact;
  if (!NUMBER.test(plain)) {
    const hint = /^\d+,\d+$/.test(compact) ? " Use a point for decimals, e.g. 0.25." : "";
    return { ok: false, message: `“${trimmed}” is not a number.${hint} ${ACCEPTED}` };
  }
  const value = Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) {
    return { ok: false, message: `“${trimmed}” is far too large to be the answer. ${ACCEPTED}` };
  }
  return { ok: true, value: value + 0 }; // + 0 turns −0 into 0
}

/**
 * How far a typed answer may be from the exact one: half a unit in the last asked decimal
 * (±0.005 for 2 decimals), or floating-point noise only when the answer is exact.
 * @param decimals places the answer is asked to, or undefined for an exact answer
 */
export function answerTolerance(decimals: number | undefined): number {
  return decimals === undefined ? 1e-9 : 0.5 * 10 ** -decimals + 1e-9;
}

/** True when `value` is within the tolerance for `decimals` of `exact` (relative above 1 for exact answers). */
export function matchesAnswer(value: number, exact: number, decimals?: number): boolean {
  const tolerance = answerTolerance(decimals);
  const scale = decimals === undefined ? Math.max(1, Math.abs(exact)) : 1;
  return Math.abs(value - exact) <= tolerance * scale;
}
