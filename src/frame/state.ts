/**
 * What a learner may change in a worked example, and the pure rules for changing it: typed text,
 * one edited cell, a size made larger or smaller, and the example's state read from and written
 * to the URL. Every change goes through src/math/parse-values.ts and is checked as a whole, so an
 * example only ever receives compatible shapes; a refused change returns a message and the caller
 * keeps its last valid values.
 */
import {
  counted,
  MAX_SIZE,
  readCell,
  readMatrix,
  readRow,
  readWhole,
  readWords,
  writeValue,
  type FieldValue,
  type Read,
} from "../math/parse-values.ts";

/** A matrix the learner can edit; its rows and columns are named sizes shared with other fields. */
export interface MatrixField {
  readonly kind: "matrix";
  /** The prop it replaces, e.g. "W". */
  readonly key: string;
  /** Its name in messages and labels, e.g. "W". */
  readonly name: string;
  readonly rows: string;
  readonly cols: string;
}

/** A row of numbers (a vector), e.g. x. */
export interface RowField {
  readonly kind: "row";
  readonly key: string;
  readonly name: string;
  /** The size its entries count. */
  readonly length: string;
}

/** Words: tokens, a sentence, or words from a fixed vocabulary. */
export interface WordsField {
  readonly kind: "words";
  readonly key: string;
  readonly name: string;
  /** The size its words count, when other fields must match it. */
  readonly length?: string;
  readonly min: number;
  readonly max: number;
  /** When given, only these words are accepted. */
  readonly vocabulary?: readonly string[];
}

/** A whole number, e.g. a seed or a step. */
export interface WholeField {
  readonly kind: "whole";
  readonly key: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

export type Field = MatrixField | RowField | WordsField | WholeField;

/** A size several fields share, e.g. "tokens": rows of Q, rows of K and the token labels. */
export interface Size {
  /** What it counts, for buttons and messages: "tokens", "entries of x". */
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  /** The word a words field gains when this size grows by one, given the new count. */
  readonly newWord?: (count: number) => string;
}

/** What one example lets a learner change; `check` adds rules the shapes cannot express. */
export interface ExampleSpec {
  readonly fields: readonly Field[];
  readonly sizes?: Readonly<Record<string, Size>>;
  /**
   * Repairs values after a size changed, before they are checked: e.g. a new row of attention
   * weights is given equal shares so it still sums to 1. Absent: zeros and plain removal.
   */
  readonly afterResize?: (values: Values, size: string, delta: 1 | -1) => Values;
  /** A message when the values break a rule of the example (e.g. weights must sum to 1), else null. */
  readonly check?: (values: Values) => string | null;
  /** How the inspected component is written in the URL; absent when nothing is inspectable. */
  readonly inspect?: InspectCodec;
  /**
   * Parameters without the example's prefix that older links used, by name → field key (e.g.
   * `{ step: "step" }` for the KV cache's `?step=3`). Read only when the prefixed one is absent.
   */
  readonly legacyParams?: Readonly<Record<string, string>>;
  /**
   * True when the example has controls of its own for every field (the cache calculator's
   * inputs, the KV cache's step buttons): the frame then offers no "Edit numbers" editor.
   */
  readonly ownControls?: boolean;
}

/** The inspected component as URL text, e.g. "0,1" for row 0, column 1. */
export interface InspectCodec {
  /** The target named by `text` for these values, or null when it is not one of them. */
  read(text: string, values: Values): unknown;
  write(target: unknown): string;
  /** What the URL form looks like, for messages: "row,column of y, e.g. 0,1". */
  readonly form: string;
}

/** The editable props of an example, by key. */
export type Values = Readonly<Record<string, FieldValue | undefined>>;

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Reads `text` as the value of `field` (typed into its text field, or from a link). */
export function readField(field: Field, text: string): Read<FieldValue> {
  switch (field.kind) {
    case "matrix":
      return readMatrix(text, field.name);
    case "row":
      return readRow(text, field.name);
    case "words":
      return readWords(text, field.name, field);
    case "whole":
      return readWhole(text, field.name, field.min, field.max);
  }
}

/** The sizes `field` uses, with how many its value has of each. */
function sizesOf(field: Field, value: FieldValue): [string, number, string][] {
  if (field.kind === "matrix") {
    const matrix = value as readonly (readonly number[])[];
    return [
      [field.rows, matrix.length, `${field.name} has ${counted(matrix.length, "row")}`],
      [field.cols, matrix[0]?.length ?? 0, `${field.name} has ${counted(matrix[0]?.length ?? 0, "column")}`],
    ];
  }
  if (field.kind === "row") {
    const n = (value as readonly number[]).length;
    return [[field.length, n, `${field.name} has ${counted(n, "entry", "entries")}`]];
  }
  if (field.kind === "words" && field.length !== undefined) {
    const n = (value as readonly string[]).length;
    return [[field.length, n, `${field.name} has ${n} ${n === 1 ? "word" : "words"}`]];
  }
  return [];
}

/** The count of each size in `values`, from the first field that has it. */
export function sizeCounts(spec: ExampleSpec, values: Values): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const field of spec.fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    for (const [size, count] of sizesOf(field, value)) counts[size] ??= count;
  }
  return counts;
}

/**
 * A message when the fields disagree on a shared size or a size is out of its limits, else null.
 * `changed` names the field just edited, so the message starts from what the learner touched.
 */
export function checkShapes(spec: ExampleSpec, values: Values, changed?: string): string | null {
  const seen = new Map<string, [number, string]>();
  const order = [...spec.fields].sort((a, b) => Number(b.key === changed) - Number(a.key === changed));
  for (const field of order) {
    const value = values[field.key];
    if (value === undefined) continue;
    for (const [size, count, phrase] of sizesOf(field, value)) {
      const limits = spec.sizes?.[size];
      const max = limits?.max ?? MAX_SIZE;
      const min = limits?.min ?? 1;
      if (count > max || count < min) return `${phrase}; ${limits?.label ?? "this size"} can be ${min} to ${max}.`;
      const before = seen.get(size);
      if (before && before[0] !== count) {
        return `${before[1]} but ${phrase}: they must match (${limits?.label ?? "a shared size"}). Use the size buttons to change both together.`;
      }
      if (!before) seen.set(size, [count, phrase]);
    }
  }
  return null;
}

/** `values` checked as a whole: shapes, then the example's own rule. */
export function checkValues(spec: ExampleSpec, values: Values, changed?: string): Read<Values> {
  const shapes = checkShapes(spec, values, changed);
  if (shapes !== null) return fail(shapes);
  const rule = spec.check?.(values) ?? null;
  return rule === null ? ok(values) : fail(rule);
}

/** `values` with field `key` set from typed `text`, or why not. */
export function applyText(spec: ExampleSpec, values: Values, key: string, text: string): Read<Values> {
  const field = spec.fields.find((candidate) => candidate.key === key);
  if (!field) return fail(`This example has no field called ${key}.`);
  const read = readField(field, text);
  if (!read.ok) return read;
  return checkValues(spec, { ...values, [key]: read.value }, key);
}

/** `values` with one number of field `key` set from typed `text`, or why not. */
export function applyCell(spec: ExampleSpec, values: Values, key: string, row: number, col: number, text: string): Read<Values> {
  const field = spec.fields.find((candidate) => candidate.key === key);
  const value = values[key];
  if (!field || value === undefined || (field.kind !== "matrix" && field.kind !== "row")) return fail(`This example has no numbers called ${key}.`);
  const name = field.kind === "row" ? `${field.name}${subscriptDigits(col)}` : `${field.name} row ${row}, column ${col}`;
  const cell = readCell(text, name);
  if (!cell.ok) return cell;
  const next =
    field.kind === "row"
      ? (value as readonly number[]).map((v, j) => (j === col ? cell.value : v))
      : (value as readonly (readonly number[])[]).map((r, i) => (i === row ? r.map((v, j) => (j === col ? cell.value : v)) : r));
  return checkValues(spec, { ...values, [key]: next }, key);
}

function subscriptDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]!);
}

/**
 * `values` with size `size` one larger (`delta` = 1: a row or column of zeros, or a new word, at
 * the end of every field that uses it) or one smaller (the last one removed), or why not.
 */
export function resize(spec: ExampleSpec, values: Values, size: string, delta: 1 | -1): Read<Values> {
  const limits = spec.sizes?.[size];
  const count = sizeCounts(spec, values)[size];
  if (count === undefined) return fail(`This example has no size called ${size}.`);
  const target = count + delta;
  const min = limits?.min ?? 1;
  const max = limits?.max ?? MAX_SIZE;
  if (target < min) return fail(`${capitalise(limits?.label ?? size)} cannot go below ${min}.`);
  if (target > max) return fail(`${capitalise(limits?.label ?? size)} cannot go above ${max}.`);
  const next: Record<string, FieldValue | undefined> = { ...values };
  for (const field of spec.fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (field.kind === "matrix") {
      let matrix = (value as readonly (readonly number[])[]).map((row) => [...row]);
      if (field.rows === size) matrix = delta === 1 ? [...matrix, matrix[0]!.map(() => 0)] : matrix.slice(0, -1);
      if (field.cols === size) matrix = matrix.map((row) => (delta === 1 ? [...row, 0] : row.slice(0, -1)));
      next[field.key] = matrix;
    } else if (field.kind === "row" && field.length === size) {
      const row = value as readonly number[];
      next[field.key] = delta === 1 ? [...row, 0] : row.slice(0, -1);
    } else if (field.kind === "words" && field.length === size) {
      const words = value as readonly string[];
      next[field.key] = delta === 1 ? [...words, limits?.newWord?.(target) ?? `w${target - 1}`] : words.slice(0, -1);
    }
  }
  return checkValues(spec, spec.afterResize ? spec.afterResize(next, size, delta) : next);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The URL parameter of `key` for example `id`: "qkv-projection.W". */
export function paramName(id: string, key: string): string {
  return `${id}.${key}`;
}

/** What an example found in the URL: the values to show, the inspected target's text, and any problems. */
export interface UrlState {
  readonly values: Values;
  readonly inspect: string | null;
  readonly problems: readonly string[];
  /** True when the URL had any parameter for this example. */
  readonly present: boolean;
}

/**
 * Reads example `id`'s parameters from `search`. Each field's text goes through readField; a
 * refused value, a parameter the example does not have, or values that do not fit together are
 * reported, and the authored values are kept for what could not be used.
 */
export function readUrlState(spec: ExampleSpec, id: string, authored: Values, search: URLSearchParams): UrlState {
  const problems: string[] = [];
  let values: Record<string, FieldValue | undefined> = { ...authored };
  let inspect: string | null = null;
  let present = false;
  const prefix = `${id}.`;
  const known = spec.fields.filter((field) => authored[field.key] !== undefined).map((field) => field.key);
  const entries: [string, string][] = [];
  for (const [name, text] of search) if (name.startsWith(prefix)) entries.push([name.slice(prefix.length), text]);
  for (const [name, key] of Object.entries(spec.legacyParams ?? {})) {
    const text = search.get(name);
    if (text !== null && !entries.some(([candidate]) => candidate === key)) entries.push([key, text]);
  }
  for (const [key, text] of entries) {
    present = true;
    if (key === "inspect" && spec.inspect) {
      inspect = text;
      continue;
    }
    const field = spec.fields.find((candidate) => candidate.key === key);
    if (!field || !known.includes(key)) {
      const takes = [...known, ...(spec.inspect ? ["inspect"] : [])].join(", ");
      problems.push(`The link sets ${quoteKey(key)}, which this example does not have; it takes ${takes}.`);
      continue;
    }
    const read = readField(field, text);
    if (read.ok) values[key] = read.value;
    else problems.push(`The link’s ${field.name} was not used: ${read.message}`);
  }
  const checked = checkValues(spec, values);
  if (!checked.ok) {
    problems.push(`The link’s numbers do not fit together, so the example shows its own: ${checked.message}`);
    values = { ...authored };
  }
  if (inspect !== null && spec.inspect && spec.inspect.read(inspect, values) === null) {
    problems.push(`The link asks to inspect ${quoteKey(inspect)}, which this example does not have (expected ${spec.inspect.form}).`);
    inspect = null;
  }
  return { values, inspect, problems, present };
}

function quoteKey(text: string): string {
  return `“${text.length > 24 ? `${text.slice(0, 21)}…` : text}”`;
}

/** Equal values, compared by their URL form. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return writeValue(a) === writeValue(b);
}

/**
 * `search` with example `id`'s parameters replaced: one per field that differs from the authored
 * value, and the inspected target. Other parameters (other examples, exercise seeds) are kept.
 */
export function writeUrlState(
  spec: ExampleSpec,
  id: string,
  authored: Values,
  values: Values,
  inspect: string | null,
  search: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams();
  const legacy = Object.keys(spec.legacyParams ?? {});
  for (const [name, text] of search) if (!name.startsWith(`${id}.`) && !legacy.includes(name)) next.append(name, text);
  for (const field of spec.fields) {
    const value = values[field.key];
    if (value !== undefined && !sameValue(value, authored[field.key])) next.append(paramName(id, field.key), writeValue(value));
  }
  if (inspect !== null && spec.inspect) next.append(paramName(id, "inspect"), inspect);
  return next;
}

/**
 * A query string people can read: "?qkv-projection.x=2,3&qkv-projection.W=1,10;0,-1". Only what
 * a URL needs escaped is escaped (",", ";" and "." stay as they are, spaces become "+").
 */
export function readableQuery(params: URLSearchParams): string {
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/%2C/gi, ",").replace(/%3B/gi, ";").replace(/%3A/gi, ":").replace(/%20/g, "+");
  const parts = [...params].map(([name, value]) => `${encode(name)}=${encode(value)}`);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** The inspected cell of a matrix as "row,column", within `shape(values)` = [rows, columns]. */
export function cellCodec(what: string, shape: (values: Values) => readonly [number, number]): InspectCodec {
  return {
    form: `row,column of ${what}, e.g. 0,1`,
    read(text, values) {
      const match = /^(\d{1,2}),(\d{1,2})$/.exec(text.trim());
      if (!match) return null;
      const [rows, cols] = shape(values);
      const row = Number(match[1]);
      const col = Number(match[2]);
      return row < rows && col < cols ? { row, col } : null;
    },
    write(target) {
      const { row, col } = target as { row: number; col: number };
      return `${row},${col}`;
    },
  };
}
