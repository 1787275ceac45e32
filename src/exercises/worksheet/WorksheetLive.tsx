import { useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { WorksheetSheet } from "./WorksheetSheet.tsx";
import { loadFamilies } from "../families.ts";
import {
  readVariantCode,
  readVariantCount,
  readWorksheetRequest,
  WORKSHEET_PARAMS,
  worksheetVariants,
  type ExerciseSet,
} from "./variants.ts";

/** The props the worksheet page serialises for its island. */
export interface WorksheetProps {
  readonly title: string;
  readonly pagePath: string;
  /** The worksheet's own address and the answer key's, each without a query. */
  readonly sheetPath: string;
  readonly keyPath: string;
  readonly sets: readonly ExerciseSet[];
  readonly mode: "questions" | "answers";
}

const noSubscription = () => () => {};

/** The address of the worksheet or key `path` for `count` variants from code `first`. */
export function worksheetHref(path: string, count: number, first: number): string {
  return `${path}?${WORKSHEET_PARAMS.variants}=${count}&${WORKSHEET_PARAMS.first}=${first}`;
}

/**
 * The worksheet with its controls: how many variants and the first code (kept in the address so
 * the answer key link and a reload give the same variants), a link to the other half (handout or
 * key) and Print. The hydrating render uses the defaults, as the server did; the address is
 * read right after. A bad number leaves the sheet as it was and says what is accepted.
 */
export function WorksheetLive({ title, pagePath, sheetPath, keyPath, sets, mode }: WorksheetProps) {
  const uid = useId();
  // The address is read once hydrated: the server, and the hydrating render, see no query.
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const request = useMemo(() => readWorksheetRequest(new URLSearchParams(search)), [search]);
  const [applied, setApplied] = useState<{ count: number; first: number } | null>(null);
  const [draft, setDraft] = useState<{ count: string; first: string } | null>(null);
  const [said, setSaid] = useState<readonly string[] | null>(null);
  /** The fields the last "Make worksheet" refused, until they are typed in again. */
  const [refused, setRefused] = useState<{ count: boolean; first: boolean }>({ count: false, first: false });
  const shown = applied ?? { count: request.count, first: request.first };
  const typed = draft ?? { count: String(shown.count), first: String(shown.first) };
  const messages = said ?? request.notes;

  // The form is usable as served, before the island wakes (it wakes when the reader acts on it):
  // numbers typed meanwhile are in the fields, not in the state the hydrating render used. They
  // are taken over once, so the press that woke it makes the worksheet the reader asked for.
  const countField = useRef<HTMLInputElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const count = countField.current?.value;
    const first = firstField.current?.value;
    if (count === undefined || first === undefined) return;
    setDraft((current) => current ?? (count !== typed.count || first !== typed.first ? { count, first } : null));
    // Once, on hydration: later renders own the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const variants = useMemo(() => worksheetVariants(sets, shown.count, shown.first), [sets, shown.count, shown.first]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const count = readVariantCount(typed.count);
    const first = readVariantCode(typed.first);
    const problems = [count, first].flatMap((read) => (read.ok ? [] : [read.message]));
    if (!count.ok || !first.ok) {
      setSaid([...problems, "The worksheet below is unchanged."]);
      setRefused({ count: !count.ok, first: !first.ok });
      document.getElementById(`${uid}${count.ok ? "first" : "count"}`)?.focus();
      return;
    }
    setRefused({ count: false, first: false });
    setApplied({ count: count.value, first: first.value });
    setSaid([`The worksheet now has ${count.value} variant${count.value === 1 ? "" : "s"}, codes ${first.value} on.`]);
    window.history.replaceState(
      window.history.state,
      "",
      worksheetHref(window.location.pathname, count.value, first.value),
    );
  };

  const other = mode === "questions" ? keyPath : sheetPath;
  return (
    <>
      <div className="ws-controls">
        <form className="ws-form" onSubmit={apply} noValidate>
          <span className="ws-field">
            <label htmlFor={`${uid}count`}>Variants (1–40)</label>
            <input
              ref={countField}
              id={`${uid}count`}
              inputMode="numeric"
              autoComplete="off"
              value={typed.count}
              aria-invalid={refused.count || undefined}
              aria-describedby={refused.count ? `${uid}status` : undefined}
              onChange={(e) => {
                setDraft({ ...typed, count: e.target.value });
                setRefused({ ...refused, count: false });
              }}
            />
          </span>
          <span className="ws-field">
            <label htmlFor={`${uid}first`}>First code</label>
            <input
              ref={firstField}
              id={`${uid}first`}
              inputMode="numeric"
              autoComplete="off"
              value={typed.first}
              aria-invalid={refused.first || undefined}
              aria-describedby={refused.first ? `${uid}status` : undefined}
              onChange={(e) => {
                setDraft({ ...typed, first: e.target.value });
                setRefused({ ...refused, first: false });
              }}
            />
          </span>
          <button type="submit" className="example-tool">
            Make worksheet
          </button>
          <button type="button" className="example-tool" onClick={() => window.print()}>
            Print
          </button>
        </form>
        <p className="ws-other">
          <a href={worksheetHref(other, shown.count, shown.first)}>
            {mode === "questions" ? "Answer key for these variants" : "The learners' worksheet for these variants"}
          </a>
        </p>
        <div role="status" id={`${uid}status`} className="ws-status">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      </div>
      <WorksheetSheet title={title} pagePath={pagePath} origin={origin} variants={variants} mode={mode} />
    </>
  );
}

/**
 * Before the worksheet hydrates (src/islands/load-island.ts): the code of the exercise families
 * its sets use, and only those, so a page's worksheet fetches what its own exercises need.
 */
WorksheetLive.prepare = (props: WorksheetProps): Promise<unknown> =>
  loadFamilies(props.sets.flatMap((set) => set.exercises.map((exercise) => exercise.kind)));
