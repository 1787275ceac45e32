import { readTypedNumber } from "../math/index.ts";

/**
 * Reading and checking a typed numeric answer. Equivalent forms are accepted ("17", "17.0", "+17",
 * " 17 ", "−1" with U+2212 or "-1", "1,024", "2.5e3"); anything else is nonsense and gets a message
 * saying what was wrong and what is accepted, and is never counted as a wrong answer.
 */

/** A typed answer after reading: a finite number, or a message for the learner. */
export type ParsedAnswer =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const ACCEPTED = "Type a number such as 17, −1 or 0.25.";

/**
 * Reads a typed answer with readTypedNumber (the forms every number field accepts: "−1" or "-1",
 * "1,024", "2.5e3", spaces around it) and refuses answers too large to be meant (over 10¹⁵).
 * @returns the value, or why the text is not an answer (empty, not a number, too large)
 */
export function parseNumberAnswer(text: string): ParsedAnswer {
  const trimmed = text.trim();
  const read = readTypedNumber(text);
  if (read.ok && Math.abs(read.value) <= 1e15) return read;
  if (read.ok || read.problem === "too-large") {
    return { ok: false, message: `“${trimmed}” is far too large to be the answer. ${ACCEPTED}` };
  }
  if (read.problem === "empty") return { ok: false, message: `Nothing to check yet. ${ACCEPTED}` };
  const hint = read.problem === "decimal-comma" ? " Use a point for decimals, e.g. 0.25." : "";
  return { ok: false, message: `“${trimmed}” is not a number.${hint} ${ACCEPTED}` };
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
