/**
 * Completion events for course platforms. An embedded exercise set (`/embed/<slug>/exercises/`)
 * whose link asks for it with `?report=1` (or `?report=<origin>`) tells the page that frames it
 * when a learner answers an exercise correctly and when they open its answer, with a
 * `postMessage` to the parent frame. The message names the exercise and its numbers (the seed),
 * never the learner: no answer typed, no name, no time, no identifier of the browser.
 *
 * Target origin. The embed cannot know who frames it, so `report=1` posts with target "*": any
 * page that frames the embed may read the message, which is acceptable only because the message
 * holds nothing private. `report=<origin>` (e.g. `report=https://lms.example`) posts to that
 * origin only; the browser drops the message when the parent is anything else.
 *
 * README.md ("Completion events for course platforms") documents the message with a host page.
 */

/** The `type` of every completion message. */
export const EXERCISE_MESSAGE = "attention-by-hand:exercise";

/** Bumped when a field changes meaning or goes away (new fields may be added without a bump). */
export const EXERCISE_MESSAGE_VERSION = 1;

/** The URL parameter of an embed link that turns completion messages on. */
export const REPORT_PARAM = "report";

/** What happened: a correct answer was checked, or "Show answer" was opened. */
export type ExerciseEvent = "correct" | "answer-shown";

/** The message an embedded exercise set posts to its parent frame. */
export interface ExerciseMessage {
  readonly type: typeof EXERCISE_MESSAGE;
  readonly version: typeof EXERCISE_MESSAGE_VERSION;
  /** The concept page the exercises come from: "qkv-projections". */
  readonly concept: string;
  /** The exercise: its set's id and its place from 1, "qkv-check-2". */
  readonly exercise: string;
  /** The numbers it was asked with: a seed (as in `?qkv-check-2.seed=`), or null for the page's own. */
  readonly seed: number | null;
  readonly event: ExerciseEvent;
  /** Whether this exercise, with these numbers, was answered correctly before its answer was shown. */
  readonly correctBeforeShown: boolean;
}

/** Builds the completion message; the fields are exactly those documented, nothing else. */
export function exerciseMessage(fields: Omit<ExerciseMessage, "type" | "version">): ExerciseMessage {
  return {
    type: EXERCISE_MESSAGE,
    version: EXERCISE_MESSAGE_VERSION,
    concept: fields.concept,
    exercise: fields.exercise,
    seed: fields.seed,
    event: fields.event,
    correctBeforeShown: fields.correctBeforeShown,
  };
}

/** Whether and where to post: `target` is "*" or one origin; null when off. `note` explains a value not used. */
export interface ReportSetting {
  readonly target: string | null;
  readonly note: string;
}

/** Longest value quoted back in a note; a longer one is cut with "…". */
const MAX_QUOTED = 60;

/**
 * Reads `?report=` from an embed link's query: absent, empty or `0` → off; `1` → on, posting
 * with target "*"; an http(s) origin (`https://lms.example`, a trailing slash allowed) → on,
 * posting to that origin only. Anything else → off, with a note that names the value and says
 * what is accepted (the exercises work as usual).
 */
export function readReportSetting(search: string): ReportSetting {
  const value = new URLSearchParams(search).get(REPORT_PARAM);
  if (value === null || value === "" || value === "0") return { target: null, note: "" };
  if (value === "1") return { target: "*", note: "" };
  const origin = originOf(value);
  if (origin) return { target: origin, note: "" };
  const quoted = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return {
    target: null,
    note:
      `The link's “${REPORT_PARAM}=${quoted}” was not used, so this page tells its host nothing. ` +
      `Use ${REPORT_PARAM}=1, or the host page's origin such as ${REPORT_PARAM}=https://lms.example (no path).`,
  };
}

/** `text` as an http(s) origin when it is one (no path, query, fragment or user); otherwise null. */
function originOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  return /^https?:$/.test(url.protocol) && bare && !text.endsWith("?") && !text.endsWith("#") ? url.origin : null;
}

/** What has happened to one exercise with its current numbers (both false again after new numbers). */
export interface ExerciseRecord {
  readonly correct: boolean;
  readonly shown: boolean;
}

/** Nothing has happened yet. */
export const FRESH_RECORD: ExerciseRecord = { correct: false, shown: false };

/**
 * The record after `event`, and what to report: each event is reported once per exercise and
 * numbers (a second correct check, or closing and reopening the answer, reports nothing).
 * `correctBeforeShown` is whether a correct check came before the answer was first shown: for
 * "correct", that the answer had not been shown; for "answer-shown", that it had been answered.
 */
export function recordEvent(
  record: ExerciseRecord,
  event: ExerciseEvent,
): { record: ExerciseRecord; report: { event: ExerciseEvent; correctBeforeShown: boolean } | null } {
  if (event === "correct") {
    if (record.correct) return { record, report: null };
    return { record: { ...record, correct: true }, report: { event, correctBeforeShown: !record.shown } };
  }
  if (record.shown) return { record, report: null };
  return { record: { ...record, shown: true }, report: { event, correctBeforeShown: record.correct } };
}

/** Posts `message` to the frame that holds `win`, at `target`; does nothing when `win` is not framed. */
export function postToHost(win: Window, target: string, message: ExerciseMessage): void {
  if (win.parent === win) return;
  win.parent.postMessage(message, target);
}
