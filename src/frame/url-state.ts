/**
 * An example's state in the URL: one query parameter per value that differs from the page's
 * (`qkv-projection.W=1,7;0,-1`), and the inspected number (`qkv-projection.inspect=0,1`, written by
 * the example's InspectCodec). Reading goes through the same parser and checks as typing
 * (spec.ts), so a link can never give an example values it could not have been edited to. The
 * browser side (the page's query, Copy link, Embed) is links.ts.
 */
import { writeValue, type FieldValue } from "../math/parse-values.ts";
import { checkValues, paramOf, readField, type AnyValues, type ExampleSpec, type Values } from "./spec.ts";

/** The inspected component as URL text, e.g. "0,1" for row 0, column 1. */
export interface InspectCodec<V extends object = AnyValues> {
  /** The target named by `text` for these values, or null when it is not one of them. */
  read(text: string, values: Values<V>): unknown;
  write(target: unknown): string;
  /** What the URL form looks like, for messages: "row,column of y, e.g. 0,1". */
  readonly form: string;
}

/** The URL parameter of `key` for example `id`: "qkv-projection.W". */
export function paramName(id: string, key: string): string {
  return `${id}.${key}`;
}

/** What an example found in the URL: the values to show, the inspected target's text, and any problems. */
export interface UrlState<V extends object = AnyValues> {
  readonly values: Values<V>;
  readonly inspect: string | null;
  readonly problems: readonly string[];
  /** True when the URL had any parameter for this example. */
  readonly present: boolean;
}

/**
 * Reads example `id`'s parameters from `search`. Each field's text goes through readField; a
 * refused value, a parameter the example does not have, or values that do not fit together are
 * reported, and the authored values are kept for what could not be used.
 *
 * Fields are read under `fieldsId` (the example whose fields this one shares, ExampleSpec.shares;
 * `id` itself by default), then under `id` for what that left out; the inspected number only under
 * `id`. A field is named by its link name (paramOf) or, as older links did, by its key.
 */
export function readUrlState<V extends object>(
  spec: ExampleSpec<V>,
  id: string,
  authored: Values<V>,
  search: URLSearchParams,
  fieldsId: string = id,
): UrlState<V> {
  const problems: string[] = [];
  let values: Record<string, FieldValue | undefined> = { ...(authored as AnyValues) };
  let inspect: string | null = null;
  let present = false;
  const known = spec.fields.filter((field) => (authored as AnyValues)[field.key] !== undefined);
  const named = (name: string) =>
    spec.fields.find((field) => paramOf(field) === name) ?? spec.fields.find((field) => field.key === name);
  /** [name after the prefix, text, whether it is under the example's own id]. */
  const entries: [string, string, boolean][] = [];
  for (const prefix of new Set([fieldsId, id])) {
    for (const [name, text] of search) {
      if (!name.startsWith(`${prefix}.`)) continue;
      const rest = name.slice(prefix.length + 1);
      // Under a shared id, only this example's fields are its own; the rest belongs to the other example.
      if (prefix !== id && (rest === "inspect" || !named(rest))) continue;
      entries.push([rest, text, prefix === id]);
    }
  }
  for (const [name, key] of Object.entries(spec.legacyParams ?? {})) {
    const text = search.get(name);
    if (text !== null) entries.push([key, text, true]);
  }
  const done = new Set<string>();
  for (const [name, text, own] of entries) {
    present = true;
    if (name === "inspect" && spec.inspect && own) {
      inspect = text;
      continue;
    }
    const field = named(name);
    if (!field || !known.includes(field)) {
      const takes = [...known.map(paramOf), ...(spec.inspect ? ["inspect"] : [])].join(", ");
      problems.push(`The link sets ${quoteKey(name)}, which this example does not have; it takes ${takes}.`);
      continue;
    }
    if (done.has(field.key)) continue;
    done.add(field.key);
    const read = readField(field, text);
    if (read.ok) values[field.key] = read.value;
    else problems.push(`The link’s ${field.name} was not used: ${read.message}`);
  }
  const checked = checkValues(spec, values as Values<V>);
  if (!checked.ok) {
    problems.push(`The link’s numbers do not fit together, so the example shows its own: ${checked.message}`);
    values = { ...(authored as AnyValues) };
  }
  if (inspect !== null && spec.inspect && spec.inspect.read(inspect, values as Values<V>) === null) {
    problems.push(
      `The link asks to inspect ${quoteKey(inspect)}, which this example does not have (expected ${spec.inspect.form}).`,
    );
    inspect = null;
  }
  return { values: values as Values<V>, inspect, problems, present };
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
 * value, under `fieldsId` (see readUrlState) with its link name, and the inspected target under
 * `id`. Other parameters (other examples, exercise seeds) are kept; this example's older forms
 * (a field by its key, a legacy parameter) are dropped.
 */
export function writeUrlState<V extends object>(
  spec: ExampleSpec<V>,
  id: string,
  authored: Values<V>,
  values: Values<V>,
  inspect: string | null,
  search: URLSearchParams,
  fieldsId: string = id,
): URLSearchParams {
  const next = new URLSearchParams();
  const dropped = new Set([
    ...Object.keys(spec.legacyParams ?? {}),
    ...spec.fields.flatMap((field) => [paramName(fieldsId, paramOf(field)), paramName(fieldsId, field.key)]),
  ]);
  for (const [name, text] of search) if (!name.startsWith(`${id}.`) && !dropped.has(name)) next.append(name, text);
  for (const field of spec.fields) {
    const value = (values as AnyValues)[field.key];
    if (value !== undefined && !sameValue(value, (authored as AnyValues)[field.key]))
      next.append(paramName(fieldsId, paramOf(field)), writeValue(value));
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
export function cellCodec<V extends object = AnyValues>(
  what: string,
  shape: (values: Values<V>) => readonly [number, number],
): InspectCodec<V> {
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
