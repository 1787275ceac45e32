/**
 * A lesson: worked examples from any pages, in an order, each with its numbers, its inspected
 * number and a short note, under a title. It lives entirely in its link (README, "Lessons"):
 *
 *   /lesson/?v=1&t=Attention+in+two+steps
 *     &1=qkv-projections/qkv-projection&1.x=2,3&1.inspect=0,1&n1=Look+at+y₁
 *     &2=softmax/softmax-demo
 *
 * `v` is the format's version, `t` the title, `<k>=<concept slug>/<example id>` item k (items are
 * read in the order of k), `<k>.<name>=<value>` a parameter of item k's state exactly as the
 * example's own link writes it (url-state.ts) without the `<example id>.` in front (a name that
 * still has a dot is a parameter of the example it shares its fields with, written in full), and
 * `n<k>` item k's note. Nothing here is HTML: the lesson page shows titles and notes as text.
 *
 * This module is pure (no DOM, no storage): the lesson page, the "Add to lesson" entry and,
 * later, a presenter read and write lessons through it.
 */
import { PRESENT_KEY, SLIDE_KEY } from "../present/params.ts";

/** The version `v=` this site writes and reads. */
export const LESSON_VERSION = 1;
/** At most this many examples in a lesson. */
export const MAX_ITEMS = 30;
/** At most this many characters in an item's note. */
export const MAX_NOTE = 280;
/** At most this many characters in a lesson's title. */
export const MAX_TITLE = 100;

/** One example of a lesson. */
export interface LessonItem {
  /** The concept page it is on: "qkv-projections". */
  readonly slug: string;
  /** Its id on that page: "qkv-projection". */
  readonly example: string;
  /**
   * Its state as its link on the concept page carries it, names in full:
   * [["qkv-projection.x", "2,3"], ["qkv-projection.inspect", "0,1"]]. Empty: the page's numbers.
   */
  readonly params: readonly (readonly [string, string])[];
  /** Plain text, at most MAX_NOTE characters; "" for none. */
  readonly note: string;
}

export interface Lesson {
  /** Plain text on one line, at most MAX_TITLE characters; "" for none. */
  readonly title: string;
  readonly items: readonly LessonItem[];
}

/** What a decoded link could not be used as it was, one sentence each. */
export interface DecodedLesson {
  readonly lesson: Lesson;
  readonly problems: readonly string[];
  /** Each kept item's number in the link, so later messages can name it as the link did. */
  readonly numbers: readonly number[];
}

/** The examples that exist: concept slug → the ids of its examples (embeddable ones). */
export type LessonCatalog = ReadonlyMap<string, ReadonlySet<string>>;

export const EMPTY_LESSON: Lesson = { title: "", items: [] };

/** Slugs and example ids: lower-case letters, digits and hyphens. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Counts characters as a reader does (an emoji is one), not UTF-16 units. */
export function charCount(text: string): number {
  return [...text].length;
}

function cut(text: string, max: number): string {
  return [...text].slice(0, max).join("");
}

/** Control characters other than a line break; never kept in a title or note. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** A title as kept: one line, spaces collapsed, trimmed (not shortened). */
export function cleanTitle(text: string): string {
  return text.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}

/** A note as kept: line breaks kept (\r\n → \n), other control characters dropped, trimmed (not shortened). */
export function cleanNote(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
}

/** A title as the lesson keeps it: clean and at most MAX_TITLE characters. */
export function fitTitle(text: string): string {
  return cut(cleanTitle(text), MAX_TITLE);
}

/** A note as the lesson keeps it: clean and at most MAX_NOTE characters. */
export function fitNote(text: string): string {
  return cut(cleanNote(text), MAX_NOTE);
}

/** "slug/example": how an item is named in a link and in messages. */
export function itemName(item: Pick<LessonItem, "slug" | "example">): string {
  return `${item.slug}/${item.example}`;
}

/** Quotes what a link said, shortened when long, for a message. */
function quote(text: string): string {
  return `“${charCount(text) > 40 ? `${cut(text, 37)}…` : text}”`;
}

/** "Item 4", "Items 31 and 32", "Items 31, 32 and 40". */
function itemsLabel(numbers: readonly number[]): string {
  if (numbers.length === 1) return `Item ${numbers[0]}`;
  return `Items ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/**
 * Only the item's own state: parameters of `example` (`<example>.<name>`) and of an example it
 * shares fields with (any other `<id>.<name>`); names without a dot are not state.
 */
function ownState(params: Iterable<readonly [string, string]>): [string, string][] {
  return [...params].filter(([name]) => /^[a-z0-9-]+\.[^.]/.test(name)).map(([name, value]) => [name, value]);
}

/** The query (without "?") that holds `lesson`: see the module comment. Items are numbered from 1. */
export function encodeLesson(lesson: Lesson): URLSearchParams {
  const params = new URLSearchParams();
  params.append("v", String(LESSON_VERSION));
  const title = fitTitle(lesson.title);
  if (title !== "") params.append("t", title);
  lesson.items.forEach((item, index) => {
    const k = index + 1;
    params.append(String(k), itemName(item));
    const own = `${item.example}.`;
    for (const [name, value] of ownState(item.params)) {
      const rest = name.startsWith(own) ? name.slice(own.length) : "";
      params.append(rest !== "" && !rest.includes(".") ? `${k}.${rest}` : `${k}.${name}`, value);
    }
    const note = fitNote(item.note);
    if (note !== "") params.append(`n${k}`, note);
  });
  return params;
}

/**
 * A query string a person can read: only what must be escaped is ("," ";" ":" "/" stay, a space
 * becomes "+"). URLSearchParams reads it back exactly.
 */
export function readableLessonQuery(params: URLSearchParams): string {
  const encode = (text: string) =>
    encodeURIComponent(text)
      .replace(/%2C/gi, ",")
      .replace(/%3B/gi, ";")
      .replace(/%3A/gi, ":")
      .replace(/%2F/gi, "/")
      .replace(/%20/g, "+");
  return [...params].map(([name, value]) => `${encode(name)}=${encode(value)}`).join("&");
}

/** The lesson's full address, e.g. "https://…/lesson/?v=1&…", from the site's root URL ("https://…/"). */
export function lessonLink(lesson: Lesson, siteRoot: string): string {
  return `${siteRoot.replace(/\/?$/, "/")}lesson/?${readableLessonQuery(encodeLesson(lesson))}`;
}

interface RawItem {
  readonly k: number;
  readonly value: string;
  readonly params: [string, string][];
  note: string | null;
}

/** Parameters of the page rather than of the lesson: presenter mode's place (src/present/address.ts). */
const PAGE_PARAMS: ReadonlySet<string> = new Set([PRESENT_KEY, SLIDE_KEY]);

/**
 * The lesson page's query for `lesson`, keeping the page's own parameters of `current` (presenter
 * mode's place), so that rewriting the address to the lesson's does not close a presentation
 * that a link or a reload is opening.
 */
export function lessonPageQuery(lesson: Lesson, current: string): string {
  const params = encodeLesson(lesson);
  for (const [name, value] of new URLSearchParams(current)) if (PAGE_PARAMS.has(name)) params.append(name, value);
  return readableLessonQuery(params);
}

/**
 * Reads a lesson from its link's query (see the module comment), as much of it as can be used.
 * Each problem is one sentence naming the item by its number in the link and saying what was
 * dropped or shortened. With `catalog`, items naming a concept or example that does not exist are
 * dropped; without it (the lesson in progress, read where the catalog is not at hand) only the
 * form is checked. The example's numbers are checked by the example itself when it is shown
 * (url-state.ts), as for any link.
 */
export function decodeLesson(search: string | URLSearchParams, catalog?: LessonCatalog): DecodedLesson {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const problems: string[] = [];
  const raw = new Map<number, RawItem>();
  const notes = new Map<number, string>();
  const stray = new Map<number, string[]>();
  let version: string | null = null;
  let title: string | null = null;
  const number = (text: string) => (/^[1-9]\d{0,3}$/.test(text) ? Number(text) : null);

  for (const [name, value] of params) {
    if (name === "v") {
      version ??= value;
      continue;
    }
    if (name === "t") {
      title ??= value;
      continue;
    }
    if (PAGE_PARAMS.has(name)) continue;
    const item = number(name);
    if (item !== null) {
      const known = raw.get(item);
      if (known) problems.push(`Item ${item} is given twice: the second, ${quote(value)}, was dropped.`);
      else raw.set(item, { k: item, value, params: [], note: null });
      continue;
    }
    const noteOf = /^n(\d+)$/.exec(name);
    if (noteOf && number(noteOf[1]!) !== null) {
      const k = number(noteOf[1]!)!;
      if (!notes.has(k)) notes.set(k, value);
      continue;
    }
    const paramOf = /^(\d+)\.(.+)$/.exec(name);
    if (paramOf && number(paramOf[1]!) !== null) {
      const k = number(paramOf[1]!)!;
      stray.set(k, [...(stray.get(k) ?? []), `${paramOf[2]!}\u0000${value}`]);
      continue;
    }
    problems.push(`The link has ${quote(name)}, which a lesson does not use: ignored.`);
  }

  if (version !== null && version !== String(LESSON_VERSION)) {
    problems.push(
      `The link says it is a lesson of version ${quote(version)}; this site reads version ${LESSON_VERSION}, so it was read as version ${LESSON_VERSION} as far as possible.`,
    );
  }

  let keptTitle = "";
  if (title !== null) {
    const clean = cleanTitle(title);
    keptTitle = cut(clean, MAX_TITLE);
    if (charCount(clean) > MAX_TITLE)
      problems.push(
        `The title had ${charCount(clean)} characters, more than ${MAX_TITLE}: it was shortened to the first ${MAX_TITLE}.`,
      );
  }

  const items: LessonItem[] = [];
  const kept: number[] = [];
  const seen = new Map<string, number>();
  const overLimit: number[] = [];
  const numbers = [...new Set([...raw.keys(), ...notes.keys(), ...stray.keys()])].sort((a, b) => a - b);
  for (const k of numbers) {
    const found = raw.get(k);
    if (!found) {
      const names = [...(stray.get(k) ?? []).map((entry) => `${k}.${entry.split("\u0000")[0]}`)];
      if (notes.has(k)) names.push(`n${k}`);
      problems.push(`${names.map(quote).join(", ")}: there is no item ${k} in the link, so ignored.`);
      continue;
    }
    const match = /^([^/]*)\/([^/]*)$/.exec(found.value);
    if (!match || !NAME.test(match[1]!) || !NAME.test(match[2]!)) {
      problems.push(
        `Item ${k}: ${quote(found.value)} does not name an example (expected <concept>/<example id>, such as softmax/softmax-demo): dropped.`,
      );
      continue;
    }
    const [, slug, example] = match as unknown as [string, string, string];
    if (catalog && !catalog.has(slug)) {
      problems.push(`Item ${k}: there is no concept page ${quote(slug)}: dropped.`);
      continue;
    }
    if (catalog && !catalog.get(slug)!.has(example)) {
      problems.push(`Item ${k}: no example ${quote(example)} on ${quote(slug)}: dropped.`);
      continue;
    }
    const name = `${slug}/${example}`;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.push(`Item ${k}: ${name} is already item ${earlier}, and a lesson shows each example once: dropped.`);
      continue;
    }
    if (items.length >= MAX_ITEMS) {
      overLimit.push(k);
      continue;
    }
    seen.set(name, k);
    const state: [string, string][] = [];
    for (const entry of stray.get(k) ?? []) {
      const [rest, value] = entry.split("\u0000") as [string, string];
      state.push([rest.includes(".") ? rest : `${example}.${rest}`, value]);
    }
    let note = "";
    const rawNote = notes.get(k);
    if (rawNote !== undefined) {
      const clean = cleanNote(rawNote);
      note = cut(clean, MAX_NOTE);
      if (charCount(clean) > MAX_NOTE)
        problems.push(
          `Item ${k}: the note had ${charCount(clean)} characters, more than ${MAX_NOTE}: it was shortened to the first ${MAX_NOTE}.`,
        );
    }
    items.push({ slug, example, params: ownState(state), note });
    kept.push(k);
  }
  if (overLimit.length > 0)
    problems.push(`${itemsLabel(overLimit)}: a lesson holds at most ${MAX_ITEMS} examples: dropped.`);
  return { lesson: { title: keptTitle, items }, problems, numbers: kept };
}

/**
 * Whether a query holds a lesson (a version, a title or anything of an item): the lesson page then
 * shows it instead of the lesson in progress. Other parameters alone (a tracking tag) do not.
 */
export function hasLessonParams(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((name) => /^(v|t|\d+|n\d+|\d+\..*)$/.test(name));
}

/** `list` with entry `index` moved by `by` places (−1 up, +1 down); the same list at either end. */
export function moveAt<T>(list: readonly T[], index: number, by: -1 | 1): readonly T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** `lesson` with item `index` moved by `by` places (−1 up, +1 down); unchanged at either end. */
export function moveItem(lesson: Lesson, index: number, by: -1 | 1): Lesson {
  const items = moveAt(lesson.items, index, by);
  return items === lesson.items ? lesson : { ...lesson, items };
}

/** `lesson` without item `index`. */
export function removeItem(lesson: Lesson, index: number): Lesson {
  return { ...lesson, items: lesson.items.filter((_, i) => i !== index) };
}

/** What adding an example to a lesson did. */
export type AddResult =
  | { readonly kind: "added" | "updated"; readonly lesson: Lesson; readonly position: number }
  | { readonly kind: "full"; readonly lesson: Lesson };

/**
 * Adds an example with its state at the end, or, when the lesson has it already (a lesson shows
 * each example once), gives that item the new state and keeps its place and note. A lesson of
 * MAX_ITEMS examples takes no more.
 */
export function addItem(lesson: Lesson, item: Omit<LessonItem, "note">): AddResult {
  const at = lesson.items.findIndex((known) => known.slug === item.slug && known.example === item.example);
  const params = ownState(item.params);
  if (at !== -1) {
    const items = lesson.items.map((known, i) => (i === at ? { ...known, params } : known));
    return { kind: "updated", lesson: { ...lesson, items }, position: at + 1 };
  }
  if (lesson.items.length >= MAX_ITEMS) return { kind: "full", lesson };
  const items = [...lesson.items, { slug: item.slug, example: item.example, params, note: "" }];
  return { kind: "added", lesson: { ...lesson, items }, position: items.length };
}
