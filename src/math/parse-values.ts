/**
 * The one reader for values a learner types into an example and for values a link carries in its
 * URL: numbers, rows ("2, 3"), matrices ("1 10; 0 -1"), words ("the cat sat") and whole numbers.
 * Every refusal is a sentence that says what was wrong and what is accepted; nothing here throws,
 * and nothing accepted is NaN or infinite. `writeValue` gives the URL form, which reads back to
 * the same value.
 */
import { readTypedNumber } from "./parse-number.ts";

/** Largest number of rows, columns or entries an example takes: beyond this it stops fitting a phone. */
export const MAX_SIZE = 6;
/** Largest magnitude an example shows: larger numbers do not fit a cell. */
export const MAX_MAGNITUDE = 9999;
/** Smallest non-zero magnitude an example takes: smaller numbers would show as 0 and vanish in sums. */
export const MIN_MAGNITUDE = 1e-6;
/** Longest word a sentence may hold, in characters. */
export const MAX_WORD_LENGTH = 12;

/** A read value, or a message for the learner. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The forms a number may take, for messages. */
const NUMBER_FORMS = "a number such as 3, −1 or 0.5";

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** `text` quoted for a message, shortened so a pasted essay does not fill the page. */
export function quote(text: string): string {
  const shown = text.length > 24 ? `${text.slice(0, 21)}…` : text;
  return `“${shown}”`;
}

/**
 * One number as typed into a cell: readTypedNumber's forms, within ±MAX_MAGNITUDE.
 * @param name what the number is, for messages, e.g. "W row 0, column 1"
 */
export function readCell(text: string, name: string): Read<number> {
  const read = readTypedNumber(text);
  if (!read.ok) {
    if (read.problem === "empty") return fail(`${name} is empty. Type ${NUMBER_FORMS}.`);
    if (read.problem === "decimal-comma")
      return fail(`${quote(text.trim())} in ${name}: use a point for decimals, e.g. 0.5.`);
    if (read.problem === "too-large")
      return fail(
        `${quote(text.trim())} in ${name} is too large. Numbers here go from −${MAX_MAGNITUDE} to ${MAX_MAGNITUDE}.`,
      );
    return fail(`${quote(text.trim())} in ${name} is not a number. Type ${NUMBER_FORMS}.`);
  }
  if (Math.abs(read.value) > MAX_MAGNITUDE) {
    return fail(
      `${quote(text.trim())} in ${name} is too large to show. Numbers here go from −${MAX_MAGNITUDE} to ${MAX_MAGNITUDE}.`,
    );
  }
  if (read.value !== 0 && Math.abs(read.value) < MIN_MAGNITUDE) {
    return fail(`${quote(text.trim())} in ${name} is too small to show. Use 0, or a number at least 0.000001 in size.`);
  }
  return { ok: true, value: read.value };
}

/** Entries of one row: separated by commas and/or spaces; an empty entry between commas is refused. */
function readEntries(text: string, name: string): Read<number[]> {
  const values: number[] = [];
  const parts = text.split(",");
  for (let p = 0; p < parts.length; p += 1) {
    const part = parts[p]!.trim();
    if (part === "") {
      if (parts.length === 1) break;
      return fail(
        `${quote(text.trim())} in ${name} has an empty entry: put one number between each pair of commas, e.g. 1, 2.`,
      );
    }
    for (const piece of part.split(/\s+/)) {
      const cell = readCell(piece, name);
      if (!cell.ok) return cell;
      values.push(cell.value);
    }
  }
  return { ok: true, value: values };
}

/** Limits of a row or a matrix: each between 1 and MAX_SIZE unless narrowed. */
export interface SizeLimits {
  readonly minRows?: number;
  readonly maxRows?: number;
  readonly minCols?: number;
  readonly maxCols?: number;
}

/**
 * A row of numbers: "2, 3", "2 3" or "2,3".
 * @param name the row's name in messages, e.g. "x"
 */
export function readRow(text: string, name: string, limits: SizeLimits = {}): Read<number[]> {
  if (text.trim() === "") return fail(`${name} is empty. Type its numbers separated by commas or spaces, e.g. 2, 3.`);
  if (/[;\n]/.test(text.trim()))
    return fail(`${name} is a single row: leave out “;”, and separate its numbers by commas or spaces, e.g. 2, 3.`);
  const read = readEntries(text, name);
  if (!read.ok) return read;
  return checkCount(read.value, name, "number", limits.minCols ?? 1, limits.maxCols ?? MAX_SIZE);
}

/** “1 number”, “2 numbers”: a count with its noun, for messages. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function checkCount<T>(values: T[], name: string, what: string, min: number, max: number): Read<T[]> {
  if (values.length > max) return fail(`${name} has ${counted(values.length, what)}; it takes at most ${max}.`);
  if (values.length < min) return fail(`${name} has ${counted(values.length, what)}; it needs at least ${min}.`);
  return { ok: true, value: values };
}

/**
 * A matrix: rows separated by “;” or new lines, numbers by commas or spaces: "1 10; 0 -1".
 * A trailing “;” is allowed; every row must have as many numbers as the first.
 */
export function readMatrix(text: string, name: string, limits: SizeLimits = {}): Read<number[][]> {
  const lines = text.split(/;|\n/).map((line) => line.trim());
  while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 1 && lines[0] === "") {
    return fail(
      `${name} is empty. Type its rows separated by “;”, with numbers separated by spaces or commas, e.g. 1 10; 0 -1.`,
    );
  }
  const rows: number[][] = [];
  for (let r = 0; r < lines.length; r += 1) {
    const line = lines[r]!;
    if (line === "") return fail(`${name} has an empty row ${r}: put numbers between each pair of “;”.`);
    const read = readEntries(line, `row ${r} of ${name}`);
    if (!read.ok) return read;
    rows.push(read.value);
  }
  const maxRows = limits.maxRows ?? MAX_SIZE;
  const maxCols = limits.maxCols ?? MAX_SIZE;
  if (rows.length > maxRows) return fail(`${name} has ${counted(rows.length, "row")}; it takes at most ${maxRows}.`);
  if (rows.length < (limits.minRows ?? 1))
    return fail(`${name} has ${counted(rows.length, "row")}; it needs at least ${limits.minRows}.`);
  const width = rows[0]!.length;
  const ragged = rows.findIndex((row) => row.length !== width);
  if (ragged !== -1) {
    return fail(
      `Row ${ragged} of ${name} has ${counted(rows[ragged]!.length, "number")} but row 0 has ${width}: every row needs the same number of entries.`,
    );
  }
  if (width > maxCols) return fail(`${name} has ${counted(width, "column")}; it takes at most ${maxCols}.`);
  if (width < (limits.minCols ?? 1))
    return fail(`${name} has ${counted(width, "column")}; it needs at least ${limits.minCols}.`);
  return { ok: true, value: rows };
}

/** Punctuation a sentence may carry around its words, dropped without comment. */
const EDGE_PUNCTUATION = /^[.,!?;:"“”‘'()]+|[.,!?;:"“”’'()]+$/gu;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;

export interface WordLimits {
  readonly min: number;
  readonly max: number;
  /** When given, only these words (compared without case) are accepted. */
  readonly vocabulary?: readonly string[];
}

/**
 * Words of a short sentence, separated by spaces: "The cat sat on the mat." Punctuation at the
 * ends of words is dropped; a word must otherwise be letters, digits, apostrophes and hyphens, at
 * most MAX_WORD_LENGTH long. With a vocabulary, each word must be one of it (its spelling there
 * is used).
 */
export function readWords(text: string, name: string, limits: WordLimits): Read<string[]> {
  const words: string[] = [];
  for (const raw of text.split(/\s+/).filter((piece) => piece !== "")) {
    const word = raw.replace(EDGE_PUNCTUATION, "");
    if (word === "") continue;
    if (!WORD.test(word)) {
      return fail(
        `${quote(raw)} in ${name} is not a word: use letters, digits, apostrophes and hyphens, with spaces between words.`,
      );
    }
    if (word.length > MAX_WORD_LENGTH)
      return fail(`${quote(word)} in ${name} is longer than ${MAX_WORD_LENGTH} letters.`);
    if (limits.vocabulary) {
      const known = limits.vocabulary.find((entry) => entry.toLowerCase() === word.toLowerCase());
      if (known === undefined)
        return fail(`${quote(word)} is not one of the choices for ${name}: ${limits.vocabulary.join(", ")}.`);
      words.push(known);
    } else {
      words.push(word);
    }
  }
  if (words.length === 0)
    return fail(
      `${name} is empty. Type ${limits.min === 1 ? "a word" : `${limits.min} to ${limits.max} words`} separated by spaces.`,
    );
  return checkCount(words, name, "word", limits.min, limits.max);
}

/** A whole number with commas between groups of three digits from 10,000 up: "4,294,967,295". */
function groupDigits(n: number): string {
  return Math.abs(n) < 10_000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A whole number from `min` to `max`, e.g. a step or a seed. */
export function readWhole(text: string, name: string, min: number, max: number): Read<number> {
  const read = readTypedNumber(text);
  const range = `a whole number from ${groupDigits(min)} to ${groupDigits(max)}`;
  if (!read.ok)
    return fail(
      read.problem === "empty"
        ? `${name} is empty. Type ${range}.`
        : `${quote(text.trim())} is not ${range}, which ${name} needs.`,
    );
  if (!Number.isInteger(read.value) || read.value < min || read.value > max)
    return fail(`${quote(text.trim())} is not ${range}, which ${name} needs.`);
  return { ok: true, value: read.value };
}

/** A range of numbers for readNumber: min … max, with min itself allowed unless minInclusive is false. */
export interface ReadRange {
  readonly min: number;
  readonly max: number;
  readonly minInclusive?: boolean;
}

/** "a number greater than 0 and at most 1,000,000" or "a number from −1 to 1": what readNumber accepts. */
export function numberRangeWords({ min, max, minInclusive = true }: ReadRange): string {
  const low = min < 0 ? `−${groupDigits(-min)}` : groupDigits(min);
  return minInclusive
    ? `a number from ${low} to ${groupDigits(max)}`
    : `a number greater than ${low} and at most ${groupDigits(max)}`;
}

/** A number in a range, e.g. a base for position angles (greater than 0, at most 10⁶). */
export function readNumber(text: string, name: string, range: ReadRange): Read<number> {
  const read = readTypedNumber(text);
  const accepted = numberRangeWords(range);
  if (!read.ok) {
    if (read.problem === "empty") return fail(`${name} is empty. Type ${accepted}.`);
    if (read.problem === "decimal-comma")
      return fail(`${quote(text.trim())} in ${name}: use a point for decimals, e.g. 0.5.`);
    return fail(`${quote(text.trim())} is not ${accepted}, which ${name} needs.`);
  }
  const { min, max, minInclusive = true } = range;
  const aboveMin = minInclusive ? read.value >= min : read.value > min;
  if (!aboveMin || read.value > max) return fail(`${quote(text.trim())} is not ${accepted}, which ${name} needs.`);
  return { ok: true, value: read.value };
}

/** A value an example field holds. */
export type FieldValue = number | readonly number[] | readonly (readonly number[])[] | readonly string[];

/** The shortest text that reads back as `n` (no exponent below 1e21 unless JavaScript uses one). */
function writeNumber(n: number): string {
  return String(n + 0);
}

/**
 * The URL form of a value: a matrix "1,10;0,-1", a row "2,3", words "the cat sat" (the URL
 * encodes the spaces as "+"), a whole number "5". Reading it back gives the same value.
 */
export function writeValue(value: FieldValue): string {
  if (typeof value === "number") return writeNumber(value);
  if (value.length > 0 && typeof value[0] === "string") return (value as readonly string[]).join(" ");
  if (value.length > 0 && Array.isArray(value[0]))
    return (value as readonly (readonly number[])[]).map((row) => row.map(writeNumber).join(",")).join(";");
  return (value as readonly number[]).map(writeNumber).join(",");
}

/**
 * The form shown in a text field for typing: a matrix "1 10; 0 -1", a row "2, 3", words
 * "the cat sat". Reads back to the same value.
 */
export function typedText(value: FieldValue): string {
  if (typeof value === "number") return writeNumber(value);
  if (value.length > 0 && typeof value[0] === "string") return (value as readonly string[]).join(" ");
  if (value.length > 0 && Array.isArray(value[0]))
    return (value as readonly (readonly number[])[]).map((row) => row.map(writeNumber).join(" ")).join("; ");
  return (value as readonly number[]).map(writeNumber).join(", ");
}
