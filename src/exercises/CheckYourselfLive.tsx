import { useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import {
  canGenerate,
  generateExercise,
  judgeResponse,
  MAX_SEED,
  readSeed,
  solveExercise,
  type ExerciseSpec,
  type Feedback,
} from "./core.ts";
import { markDone, readProgress } from "./progress.ts";
import type { CheckYourselfProps } from "./CheckYourself.schema.ts";
import { answerText, Question, Working } from "./CheckYourselfParts.tsx";
import { legacySeedParam, seedParam } from "./seed-param.ts";
import { readVariantCode, variantSeed, WORKSHEET_PARAMS } from "./worksheet/variants.ts";
import { isEmbedPage } from "../frame/links.ts";
import type * as Report from "./embed/report.ts";
import type { ExerciseEvent, ExerciseRecord, ReportSetting } from "./embed/report.ts";
import { ExercisesShare } from "./embed/ExercisesShare.tsx";

/**
 * The concept slug of the page, from /concepts/<slug>/ or the exercises' embed page
 * /embed/<slug>/exercises/ (any deploy base), or "" elsewhere.
 */
function pageSlug(): string {
  const match = /\/(?:concepts\/([^/]+)\/?|embed\/([^/]+)\/exercises\/?)$/.exec(window.location.pathname);
  return match?.[1] ?? match?.[2] ?? "";
}

/** The completion messages' code (embed/report.ts): loaded on an embed page only, see loadReporting. */
export type Reporting = typeof Report;

/**
 * The completion messages' code when this is an embed page, which may have been asked for them
 * (`report=`); null on a concept page, which never sends them. CheckYourselfLoader waits for it.
 */
export function loadReporting(): Promise<Reporting | null> {
  return isEmbedPage() ? import("./embed/report.ts") : Promise.resolve(null);
}

/** Completion messages off: a concept page, or an embed page whose link did not ask. */
const NO_REPORTS: ReportSetting = { target: null, note: "" };

/** What CheckYourselfLoader passes besides the section's props. */
export interface LiveOptions {
  readonly reporting?: Reporting | null;
}

interface LiveProps {
  readonly checkId: string;
  readonly n: number;
  readonly total: number;
  readonly authored: ExerciseSpec;
  /** Where completion messages go ("*" or one origin), or null when the embed link did not ask. */
  readonly reportTo: string | null;
  readonly reporting: Reporting | null;
}

/**
 * Reads this exercise's seed from the URL: its own `<id>.seed` (or the older `seed.<id>`) or,
 * failing that, a worksheet variant's code (`set`, see src/exercises/worksheet/); a seed, null
 * (no seed) or a note about a bad one.
 */
function seedFromUrl(param: string, legacy: string, n: number): { seed: number | null; note: string } {
  const search = new URLSearchParams(window.location.search);
  const text = search.get(param) ?? search.get(legacy);
  const code = search.get(WORKSHEET_PARAMS.set);
  if (text === null && code !== null) {
    const variant = readVariantCode(code);
    if (variant.ok) return { seed: variantSeed(variant.value, n), note: "" };
    return {
      seed: null,
      note: `The link's worksheet code was not used for exercise ${n}: ${variant.message} Showing the page's own numbers.`,
    };
  }
  if (text === null) return { seed: null, note: "" };
  const read = readSeed(text);
  if (read.ok) return { seed: read.value, note: "" };
  return {
    seed: null,
    note: `The link's seed for exercise ${n} was not used: ${read.message} Showing the page's own numbers.`,
  };
}

function writeSeed(param: string, legacy: string, seed: number | null): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(legacy);
  if (seed === null) url.searchParams.delete(param);
  else url.searchParams.set(param, String(seed));
  window.history.replaceState(window.history.state, "", url);
}

/** One interactive exercise: answer, check, hint, show answer, new numbers. */
function LiveExercise({ checkId, n, total, authored, reportTo, reporting }: LiveProps) {
  const exerciseId = `${checkId}-${n}`;
  const param = seedParam(exerciseId);
  const legacyParam = legacySeedParam(exerciseId);
  const uid = useId();
  const [start] = useState(() => seedFromUrl(param, legacyParam, n));
  const [seed, setSeed] = useState(start.seed);
  const [note, setNote] = useState(start.note);
  const [text, setText] = useState("");
  const [picked, setPicked] = useState<number[]>([]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  /** False when the last right answer came after the answer was shown, so it did not count as done. */
  const [counted, setCounted] = useState(true);
  /** Counts checks, so the same verdict twice is announced twice. */
  const [attempt, setAttempt] = useState(0);
  const [hint, setHint] = useState(false);
  const [shown, setShown] = useState(false);
  // Done: answered right before the answer was shown, for the numbers on screen, with no wrong
  // answer since. On load it comes from the saved progress; new numbers or a wrong answer clear it.
  const [done, setDone] = useState(() => readProgress()[pageSlug()]?.done.includes(exerciseId) ?? false);
  const solved = useMemo(
    () => solveExercise(seed === null ? authored : generateExercise(authored, seed)),
    [authored, seed],
  );
  /** What has happened to this exercise with these numbers, for the completion messages (null: nothing yet). */
  const record = useRef<ExerciseRecord | null>(null);
  /** Whether the answer has been shown for these numbers (a right answer after it is not done). */
  const answerSeen = useRef(false);

  /** Tells the host page (when the embed link asked for it) that `event` happened, once per numbers. */
  const report = (event: ExerciseEvent) => {
    if (reporting === null || reportTo === null) return;
    const next = reporting.recordEvent(record.current ?? reporting.FRESH_RECORD, event);
    record.current = next.record;
    if (next.report === null) return;
    const message = reporting.exerciseMessage({ concept: pageSlug(), exercise: exerciseId, seed, ...next.report });
    reporting.postToHost(window, reportTo, message);
  };

  const reset = (next: number | null, message: string) => {
    setSeed(next);
    writeSeed(param, legacyParam, next);
    setText("");
    setPicked([]);
    setHint(false);
    setShown(false);
    setFeedback(null);
    setNote(message);
    setDone(false);
    answerSeen.current = false;
    record.current = null;
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const response = solved.answer === "number" ? text : solved.answer === "choice" ? (picked[0] ?? -1) : picked;
    const result = judgeResponse(solved, response);
    setFeedback(result);
    setAttempt((a) => a + 1);
    if (result.status === "correct") {
      // Typing the answer after it was shown is right, but not done.
      const beforeShown = !answerSeen.current;
      setDone(beforeShown);
      setCounted(beforeShown);
      if (beforeShown) markDone(pageSlug(), exerciseId, total);
      report("correct");
    } else if (result.status === "wrong") {
      setDone(false);
    }
  };

  // Enter on a radio button or checkbox checks too (browsers submit only from text fields).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key === "Enter" && (target.type === "radio" || target.type === "checkbox")) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const inputId = `${uid}answer`;
  const messageId = `${uid}message`;
  const invalid = feedback?.status === "invalid";

  return (
    <div className="ex" data-exercise={exerciseId} data-seed={seed ?? undefined}>
      <Question solved={solved} n={n} />
      {done && (
        <p className="ex-done-line">
          <span className="ex-done">✓ Done</span>{" "}
          <span className="ex-done-why">answered right before the answer was shown, for these numbers</span>
        </p>
      )}
      <form className="ex-form" onSubmit={check} onKeyDown={onKeyDown} noValidate>
        {solved.answer === "number" ? (
          <div className="ex-answer">
            <label htmlFor={inputId}>Your answer{solved.unit ? ` (${solved.unit})` : ""}</label>
            <input
              id={inputId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-invalid={invalid || undefined}
              aria-describedby={messageId}
              onChange={(e) => setText(e.target.value)}
            />
            {solved.decimals !== undefined && <span className="ex-note">2 decimals; within ±0.005 counts.</span>}
          </div>
        ) : (
          <fieldset className="ex-options">
            <legend>{solved.answer === "choice" ? "Choose one" : "Select every key the mask removes"}</legend>
            {solved.options.map((option, k) => {
              const label = typeof option === "string" ? option : option.text;
              const multi = solved.answer === "select";
              return (
                <label key={label} className="ex-option">
                  <input
                    type={multi ? "checkbox" : "radio"}
                    name={`${uid}option`}
                    checked={picked.includes(k)}
                    onChange={(e) =>
                      setPicked((p) => (multi ? (e.target.checked ? [...p, k] : p.filter((m) => m !== k)) : [k]))
                    }
                  />{" "}
                  {label}
                </label>
              );
            })}
          </fieldset>
        )}
        <div className="ex-buttons">
          <button type="submit">Check</button>
          <button type="button" aria-expanded={hint} onClick={() => setHint(!hint)}>
            Hint
          </button>
          <button
            type="button"
            aria-expanded={shown}
            onClick={() => {
              if (!shown) {
                answerSeen.current = true;
                report("answer-shown");
              }
              setShown(!shown);
            }}
          >
            Show answer
          </button>
          {canGenerate(authored) && (
            <button
              type="button"
              onClick={() =>
                reset(Math.floor(Math.random() * (MAX_SEED + 1)), "New numbers: the question above has changed.")
              }
            >
              New numbers
            </button>
          )}
          {seed !== null && (
            <button type="button" onClick={() => reset(null, "Back to the page's own numbers.")}>
              Page's numbers
            </button>
          )}
        </div>
      </form>
      <div className="ex-live" role="status" aria-atomic="true" id={messageId}>
        {note && <p className="ex-note">{note}</p>}
        {feedback && (
          <div key={attempt} className={`ex-feedback ex-${feedback.status}`}>
            <p>
              <strong>
                {feedback.status === "correct"
                  ? "✓ Right."
                  : feedback.status === "wrong"
                    ? "✗ Not yet."
                    : "? Not an answer."}
              </strong>{" "}
              {feedback.message}
              {feedback.status === "correct" && !counted
                ? " It does not count as done: the answer was shown first. New numbers gives a fresh question."
                : null}
            </p>
            <Working lines={feedback.working} />
          </div>
        )}
      </div>
      {hint && (
        <p className="ex-hint">
          <strong>Hint:</strong> {solved.hint}
        </p>
      )}
      {shown && (
        <div className="ex-shown">
          <p>
            <strong>Answer:</strong> {answerText(solved)}
          </p>
          <Working lines={solved.working} />
        </div>
      )}
    </div>
  );
}

/**
 * The interactive "Check yourself" exercises, loaded when the section comes near the screen. Once
 * mounted it hides the server-rendered questions-with-answers that readers without JavaScript get.
 * `reporting` is the completion messages' code on an embed page (loadReporting), else null.
 */
export function CheckYourselfLive({ id, exercises, reporting = null }: CheckYourselfProps & LiveOptions) {
  const root = useRef<HTMLDivElement>(null);
  // Read once: on an embed page, whether its link asks for completion messages; on a concept page
  // the section instead offers its Share menu (Copy link, Embed).
  const [embedded] = useState(isEmbedPage);
  const [setting] = useState<ReportSetting>(() =>
    embedded && reporting ? reporting.readReportSetting(window.location.search) : NO_REPORTS,
  );
  // Hidden before paint, in the same frame as the exercises appear, so the two copies are never
  // shown together (the loader keeps the page from jumping; see CheckYourselfLoader).
  useLayoutEffect(() => {
    const block = root.current?.closest(".check-yourself");
    const fallback = block?.querySelector<HTMLElement>("[data-check-static]");
    if (fallback) fallback.hidden = true;
  }, []);
  const specs = exercises as readonly ExerciseSpec[];
  return (
    <div ref={root}>
      {setting.note && (
        <p className="link-note" role="note" data-report-note="">
          {setting.note}
        </p>
      )}
      {specs.map((spec, k) => (
        <LiveExercise
          key={k}
          checkId={id}
          n={k + 1}
          total={specs.length}
          authored={spec}
          reportTo={setting.target}
          reporting={reporting}
        />
      ))}
      {!embedded && (
        <ExercisesShare
          checkId={id}
          title={document.querySelector("main h1")?.textContent ?? ""}
          height={() => root.current?.closest(".check-yourself")?.getBoundingClientRect().height ?? 640}
        />
      )}
    </div>
  );
}
