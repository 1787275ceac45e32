/**
 * Reading a number a learner typed. One reader for every field that takes a number (the cache
 * calculator, the exercise answers), so the same text means the same thing everywhere; each caller
 * turns a refusal into its own message and applies its own limits.
 */

/** A typed number: its value, or what is wrong with the text. */
export type TypedNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: "empty" | "not-a-number" | "decimal-comma" | "too-large" };

/** Separators allowed between groups of three digits: comma, underscore, space, no-break spaces. */
const SEPARATOR = "[,_ \\u00a0\\u202f]";
const GROUPED = new RegExp(`^[+-]?\\d{1,3}(?:${SEPARATOR}\\d{3})+(?:\\.\\d*)?$`);
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads `text` as a decimal number. Accepted: spaces around it, a sign ("+", "-", "−" U+2212 or
 * "–") optionally followed by a space, thousands separators between groups of three digits
 * ("4,096", "4 096", "4_096"), a decimal point, an exponent ("2.5e3"). Refused: empty text,
 * anything else ("abc", "NaN", "Infinity", "0x10", "--1", "1,,2"), a decimal comma ("0,25", told
 * apart so callers can say "use a point"), and numbers too large for a double ("1e999").
 * Never throws; −0 reads as 0.
 */
export function readTypedNumber(text: string): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  const signed = trimmed.replace(/[\u2212\u2013]/g, "-").replace(/^([+-])\s+/, "$1");
  const plain = GROUPED.test(signed) ? signed.replace(new RegExp(SEPARATOR, "g"), "") : signed;
  if (!NUMBER.test(plain))
    return { ok: false, problem: /^[+-]?\d+,\d+$/.test(signed) ? "decimal-comma" : "not-a-number" };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, problem: "too-large" };
  return { ok: true, value: value + 0 };
}
