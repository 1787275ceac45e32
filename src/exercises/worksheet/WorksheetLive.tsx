import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type RefObject,
} from "react";
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
    const count = countField.current?.value ?? typed.count;
    const first = firstField.current?.value ?? typed.first;
    setDraft((current) => current ?? (count !== typed.count || first !== typed.first ? { count, first } : null));
    // Once, on hydration: later renders own the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** A field typed in: kept as typed until "Make worksheet", and no longer marked refused. */
  const edit = (field: "count" | "first", value: string) => {
    setDraft({ ...typed, [field]: value });
    setRefused({ ...refused, [field]: false });
  };

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
          <NumberField
            id={`${uid}count`}
            label="Variants (1–40)"
            field={countField}
            value={typed.count}
            refused={refused.count}
            statusId={`${uid}status`}
            onChange={(value) => edit("count", value)}
          />
          <NumberField
            id={`${uid}first`}
            label="First code"
            field={firstField}
            value={typed.first}
            refused={refused.first}
            statusId={`${uid}status`}
            onChange={(value) => edit("first", value)}
          />
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

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly field: RefObject<HTMLInputElement | null>;
  readonly value: string;
  /** The last "Make worksheet" refused it: marked invalid and pointing at the message. */
  readonly refused: boolean;
  readonly statusId: string;
  readonly onChange: (value: string) => void;
}

/** One of the form's two numbers, its label above it. */
function NumberField({ id, label, field, value, refused, statusId, onChange }: NumberFieldProps) {
  return (
    <span className="ws-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={field}
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? statusId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}

/**
 * Before the worksheet hydrates (src/islands/load-island.ts): the code of the exercise families
 * its sets use, and only those, so a page's worksheet fetches what its own exercises need.
 */
WorksheetLive.prepare = (props: WorksheetProps): Promise<unknown> =>
  loadFamilies(props.sets.flatMap((set) => set.exercises.map((exercise) => exercise.kind)));
