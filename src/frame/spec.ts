/**
 * What a learner may change in a worked example (its spec: fields, the sizes they share, its own
 * rule), and the pure rules for changing it: typed text, one edited cell, a size made larger or
 * smaller. Every change goes through src/math/parse-values.ts and is checked as a whole, so an
 * example only ever receives compatible shapes; a refused change returns a message and the caller
 * keeps its last valid values. How the values and the inspected number are written in the URL is
 * url-state.ts.
 *
 * A spec is typed by the values it edits, a part of the example's own props
 * (`ExampleSpec<Pick<ProjectionExampleProps, "x" | "W">>`), so its rules read `values.W` as the
 * matrix it is. Inside this module values are handled by key, as the fields name them.
 */
import {
  counted,
  MAX_SIZE,
  readCell,
  readMatrix,
  readRow,
  readNumber,
  readWhole,
  readWords,
  type FieldValue,
  type Read,
} from "../math/parse-values.ts";
import type { InspectCodec } from "./url-state.ts";

/** A matrix the learner can edit; its rows and columns are named sizes shared with other fields. */
export interface MatrixField<K extends string = string> {
  readonly kind: "matrix";
  /** The prop it replaces, e.g. "W". */
  readonly key: K;
  /** Its name in messages and labels, e.g. "W". */
  readonly name: string;
  /** Its name in a link, when not `key` (see Field). */
  readonly param?: string;
  readonly rows: string;
  readonly cols: string;
}

/** A row of numbers (a vector), e.g. x. */
export interface RowField<K extends string = string> {
  readonly kind: "row";
  readonly key: K;
  readonly name: string;
  readonly param?: string;
  /** The size its entries count. */
  readonly length: string;
}

/** Words: tokens, a sentence, or words from a fixed vocabulary. */
export interface WordsField<K extends string = string> {
  readonly kind: "words";
  readonly key: K;
  readonly name: string;
  readonly param?: string;
  /** The size its words count, when other fields must match it. */
  readonly length?: string;
  readonly min: number;
  readonly max: number;
  /** When given, only these words are accepted. */
  readonly vocabulary?: readonly string[];
}

/** A whole number, e.g. a seed or a step. */
export interface WholeField<K extends string = string> {
  readonly kind: "whole";
  readonly key: K;
  readonly name: string;
  readonly param?: string;
  readonly min: number;
  readonly max: number;
}

/** A number in a range that need not be whole, e.g. a base of position angles (0 < base ≤ 10⁶). */
export interface NumberField<K extends string = string> {
  readonly kind: "number";
  readonly key: K;
  readonly name: string;
  readonly param?: string;
  readonly min: number;
  readonly max: number;
  /** False when min itself is refused (a base must be greater than 0). */
  readonly minInclusive?: boolean;
}

/**
 * One editable prop; `K` is its key among the example's values. Its link parameter is
 * `<example id>.<param>`, where `param` is the name the example shows for it (the matrix product
 * labels its matrices x and W, so its link says `one-row.x=…`), or `key` when not given; a link
 * that uses `key` instead (an older link) is still read.
 */
export type Field<K extends string = string> =
  MatrixField<K> | RowField<K> | WordsField<K> | WholeField<K> | NumberField<K>;

/** The name of `field` in a link: its `param`, or its key. */
export function paramOf(field: Field): string {
  return field.param ?? field.key;
}

/** A size several fields share, e.g. "tokens": rows of Q, rows of K and the token labels. */
export interface Size {
  /** What it counts, for buttons and messages: "tokens", "entries of x". */
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  /** The word a words field gains when this size grows by one, given the new count. */
  readonly newWord?: (count: number) => string;
}

/**
 * What one example lets a learner change; `check` adds rules the shapes cannot express. `V` is the
 * part of the example's props the learner may edit, e.g. `Pick<ProjectionExampleProps, "x" | "W">`.
 */
export interface ExampleSpec<V extends object = AnyValues> {
  readonly fields: readonly Field<keyof V & string>[];
  readonly sizes?: Readonly<Record<string, Size>>;
  /**
   * Repairs values after a size changed, before they are checked: e.g. a new row of attention
   * weights is given equal shares so it still sums to 1. Absent: zeros and plain removal.
   */
  readonly afterResize?: (values: Values<V>, size: string, delta: 1 | -1) => Values<V>;
  /** A message when the values break a rule of the example (e.g. weights must sum to 1), else null. */
  readonly check?: (values: Values<V>) => string | null;
  /** How the inspected component is written in the URL (url-state.ts); absent when nothing is inspectable. */
  readonly inspect?: InspectCodec<V>;
  /**
   * Parameters without the example's prefix that older links used, by name → field key (e.g.
   * `{ step: "step" }` for the KV cache's `?step=3`). Read only when the prefixed one is absent.
   */
  readonly legacyParams?: Readonly<Record<string, keyof V & string>>;
  /**
   * The id of another example on the page whose fields this one shares (the steps of the
   * self-attention map follow the map's sentence): both show the same values, an edit in either
   * changes both (src/frame/shared-edits.ts), and the fields go in a link under that id.
   */
  readonly shares?: string;
  /**
   * Fields that choose what is shown rather than the numbers (the KV cache's step): changing them
   * does not count as showing the learner's numbers, so text about the page's numbers stays unmarked.
   */
  readonly viewFields?: readonly (keyof V & string)[];
  /**
   * True when the example has controls of its own for every field (the cache calculator's
   * inputs, the KV cache's step buttons): the frame then offers no "Edit numbers" editor.
   */
  readonly ownControls?: boolean;
}

/** Values by key, untyped: what the frame and the editor pass around for any example. */
export type AnyValues = Readonly<Record<string, FieldValue | undefined>>;

/** The values a learner may edit, as the example's own props type them (untyped by default). */
export type Values<V extends object = AnyValues> = Readonly<V>;

/** Values as this module handles them: by key, as the fields name them. */
function byKey(values: object): AnyValues {
  return values as AnyValues;
}

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
    case "number":
      return readNumber(text, field.name, field);
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
export function sizeCounts<V extends object>(spec: ExampleSpec<V>, values: Values<V>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const field of spec.fields) {
    const value = byKey(values)[field.key];
    if (value === undefined) continue;
    for (const [size, count] of sizesOf(field, value)) counts[size] ??= count;
  }
  return counts;
}

/**
 * A message when the fields disagree on a shared size or a size is out of its limits, else null.
 * `changed` names the field just edited, so the message starts from what the learner touched.
 */
export function checkShapes<V extends object>(
  spec: ExampleSpec<V>,
  values: Values<V>,
  changed?: string,
): string | null {
  const seen = new Map<string, [number, string]>();
  const order = [...spec.fields].sort((a, b) => Number(b.key === changed) - Number(a.key === changed));
  for (const field of order) {
    const value = byKey(values)[field.key];
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
export function checkValues<V extends object>(
  spec: ExampleSpec<V>,
  values: Values<V>,
  changed?: string,
): Read<Values<V>> {
  const shapes = checkShapes(spec, values, changed);
  if (shapes !== null) return fail(shapes);
  const rule = spec.check?.(values) ?? null;
  return rule === null ? ok(values) : fail(rule);
}

/** `values` with field `key` set from typed `text`, or why not. */
export function applyText<V extends object>(
  spec: ExampleSpec<V>,
  values: Values<V>,
  key: string,
  text: string,
): Read<Values<V>> {
  const field = spec.fields.find((candidate) => candidate.key === key);
  if (!field) return fail(`This example has no field called ${key}.`);
  const read = readField(field, text);
  if (!read.ok) return read;
  return checkValues(spec, { ...values, [key]: read.value }, key);
}

/** `values` with one number of field `key` set from typed `text`, or why not. */
export function applyCell<V extends object>(
  spec: ExampleSpec<V>,
  values: Values<V>,
  key: string,
  row: number,
  col: number,
  text: string,
): Read<Values<V>> {
  const field = spec.fields.find((candidate) => candidate.key === key);
  const value = byKey(values)[key];
  if (!field || value === undefined || (field.kind !== "matrix" && field.kind !== "row"))
    return fail(`This example has no numbers called ${key}.`);
  const name =
    field.kind === "row" ? `${field.name}${subscriptDigits(col)}` : `${field.name} row ${row}, column ${col}`;
  const cell = readCell(text, name);
  if (!cell.ok) return cell;
  const next =
    field.kind === "row"
      ? (value as readonly number[]).map((v, j) => (j === col ? cell.value : v))
      : (value as readonly (readonly number[])[]).map((r, i) =>
          i === row ? r.map((v, j) => (j === col ? cell.value : v)) : r,
        );
  return checkValues(spec, { ...values, [key]: next }, key);
}

function subscriptDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]!);
}

/**
 * `values` with size `size` one larger (`delta` = 1: a row or column of zeros, or a new word, at
 * the end of every field that uses it) or one smaller (the last one removed), or why not.
 */
export function resize<V extends object>(
  spec: ExampleSpec<V>,
  values: Values<V>,
  size: string,
  delta: 1 | -1,
): Read<Values<V>> {
  const limits = spec.sizes?.[size];
  const count = sizeCounts(spec, values)[size];
  if (count === undefined) return fail(`This example has no size called ${size}.`);
  const target = count + delta;
  const min = limits?.min ?? 1;
  const max = limits?.max ?? MAX_SIZE;
  if (target < min) return fail(`${capitalise(limits?.label ?? size)} cannot go below ${min}.`);
  if (target > max) return fail(`${capitalise(limits?.label ?? size)} cannot go above ${max}.`);
  const next: Record<string, FieldValue | undefined> = { ...byKey(values) };
  for (const field of spec.fields) {
    const value = byKey(values)[field.key];
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
  const resized = next as Values<V>;
  return checkValues(spec, spec.afterResize ? spec.afterResize(resized, size, delta) : resized);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
