import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { href } from "../site.ts";
import {
  decodeLesson,
  hasLessonParams,
  itemName,
  lessonLink,
  MAX_TITLE,
  moveAt,
  lessonPageQuery,
  encodeLesson,
  type Lesson,
  type LessonItem,
} from "./lesson.ts";
import { readLessonInProgress, saveLessonInProgress } from "./store.ts";
import { catalogOf, type LessonConcept, type LessonExample } from "./LessonExample.tsx";
import { LessonItemView } from "./LessonItemView.tsx";

export type { LessonConcept, LessonExample } from "./LessonExample.tsx";

export interface LessonProps {
  readonly concepts: readonly LessonConcept[];
}

const noSubscription = () => () => {};

/** Where the lesson shown came from, and so where its changes go. */
type Source = "link" | "progress";

/** An item with a key that stays with it as it moves, and its number in the link it came from. */
interface Entry {
  readonly key: number;
  readonly item: LessonItem;
  readonly number: number;
}

let nextKey = 1;
const entriesOf = (lesson: Lesson, numbers: readonly number[]): Entry[] =>
  lesson.items.map((item, i) => ({ key: nextKey++, item, number: numbers[i] ?? i + 1 }));

/**
 * The lesson page's island. The server (and the hydrating render) show what a page without
 * JavaScript needs: a sentence saying the lesson is shown with JavaScript. Then the lesson is read
 * from the address or, without one, the lesson in progress, and shown.
 */
export function LessonLive({ concepts }: LessonProps) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!hydrated) {
    return (
      <p className="lesson-needs-js">
        Showing a lesson needs JavaScript: its examples are live, and the lesson is read from its link in the browser.
        Without it, every example can still be read, with its text version, on its concept page.
      </p>
    );
  }
  return <LessonEditor concepts={concepts} />;
}

function LessonEditor({ concepts }: LessonProps) {
  const byName = useMemo(() => {
    const map = new Map<string, { concept: LessonConcept; example: LessonExample }>();
    for (const concept of concepts)
      for (const example of concept.examples) map.set(`${concept.slug}/${example.id}`, { concept, example });
    return map;
  }, [concepts]);
  const [start] = useState(() => {
    const search = window.location.search;
    if (hasLessonParams(search)) {
      const decoded = decodeLesson(search, catalogOf(concepts));
      return { source: "link" as Source, ...decoded };
    }
    const stored = readLessonInProgress();
    const decoded = decodeLesson(encodeLesson(stored), catalogOf(concepts));
    return { source: "progress" as Source, ...decoded };
  });
  const [source, setSource] = useState<Source>(start.source);
  const [pageTitle] = useState(() => document.title);
  const [title, setTitle] = useState(start.lesson.title);
  const [entries, setEntries] = useState<Entry[]>(() => entriesOf(start.lesson, start.numbers));
  const [itemProblems, setItemProblems] = useState<ReadonlyMap<number, readonly string[]>>(new Map());
  const [status, setStatus] = useState("");
  const [copied, setCopied] = useState<string>("");
  const focusAfter = useRef<{ key: number; what: "up" | "down" | "heading" } | "list" | null>(null);
  const refs = useRef(new Map<string, HTMLElement | null>());
  const linkFieldId = useId();

  const lesson = useMemo<Lesson>(() => ({ title, items: entries.map((entry) => entry.item) }), [title, entries]);
  const link = lessonLink(lesson, `${window.location.origin}${href("/")}`);

  // Changes go where the lesson came from: the address, or the lesson in progress.
  useEffect(() => {
    if (source === "progress") saveLessonInProgress(lesson);
    else {
      const next = `${window.location.pathname}?${lessonPageQuery(lesson, window.location.search)}`;
      window.history.replaceState(window.history.state, "", next);
    }
  }, [lesson, source]);

  // The tab and the history show the lesson's title.
  useEffect(() => {
    const clean = title.trim();
    document.title = clean === "" ? pageTitle : `${clean} · ${pageTitle}`;
  }, [title, pageTitle]);

  useLayoutEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === null) return;
    if (target === "list") {
      refs.current.get("list")?.focus();
      return;
    }
    const order: ("up" | "down" | "heading")[] =
      target.what === "heading" ? ["heading"] : [target.what, target.what === "up" ? "down" : "up", "heading"];
    for (const what of order) {
      const element = refs.current.get(`${target.key}:${what}`);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  }, [entries]);

  const updateItem = useCallback((key: number, change: (item: LessonItem) => LessonItem) => {
    setEntries((before) => before.map((entry) => (entry.key === key ? { ...entry, item: change(entry.item) } : entry)));
  }, []);
  const reportProblems = useCallback((key: number, problems: readonly string[]) => {
    setItemProblems((before) => new Map(before).set(key, problems));
  }, []);

  const move = (index: number, by: -1 | 1) => {
    const entry = entries[index]!;
    const next = moveAt(entries, index, by);
    if (next === entries) return;
    focusAfter.current = { key: entry.key, what: by === -1 ? "up" : "down" };
    setEntries([...next]);
    setStatus(`Moved ${labelOf(entry.item)} to place ${index + by + 1} of ${next.length}.`);
  };
  const remove = (index: number) => {
    const entry = entries[index]!;
    const next = entries.filter((_, i) => i !== index);
    const after = next[index] ?? next[index - 1];
    focusAfter.current = after ? { key: after.key, what: "heading" } : "list";
    setEntries(next);
    setStatus(`Removed ${labelOf(entry.item)}. The lesson has ${count(next.length)}.`);
  };
  const labelOf = (item: LessonItem) => {
    const found = byName.get(itemName(item));
    return found ? `“${item.example}” from ${found.concept.title}` : itemName(item);
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Lesson link copied. It opens this lesson with these examples, numbers and notes.");
    } catch {
      refs.current.get("link")?.focus();
      setCopied("The browser did not allow copying: the link is selected in the field, copy it with Ctrl+C or ⌘C.");
    }
  };
  const keep = () => {
    saveLessonInProgress(lesson);
    setSource("progress");
    window.history.replaceState(window.history.state, "", window.location.pathname);
    setStatus("This lesson is now your lesson in progress: examples you add from the pages join it.");
  };

  const problems = [
    ...start.problems,
    // What an example could not use from its state is found when it is first shown, so it is
    // named by its number in the link, as the link's own problems are.
    ...entries.flatMap(({ key, item, number }) =>
      (itemProblems.get(key) ?? []).map((problem) => `Item ${number} (${itemName(item)}): ${problem}`),
    ),
  ].sort((a, b) => itemNumberOf(a) - itemNumberOf(b));

  return (
    <div className="lesson" data-lesson-ready="">
      {title.trim() !== "" ? (
        <h2 className="lesson-title" data-lesson-title="">
          {title}
        </h2>
      ) : null}
      {problems.length > 0 ? (
        <div className="lesson-note" role="note" data-lesson-problems="">
          <p>Parts of this lesson could not be used as they were:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="lesson-source">
        {source === "link"
          ? "This lesson comes from its link. Your changes change this page’s address; your own lesson in progress stays as it was. "
          : "This is your lesson in progress, kept in this browser. "}
        {source === "link" ? (
          <button type="button" className="example-tool" onClick={keep}>
            Make this my lesson in progress
          </button>
        ) : null}
      </p>
      <p className="lesson-field">
        <label>
          Lesson title{" "}
          <input
            type="text"
            value={title}
            maxLength={MAX_TITLE}
            placeholder="A title for your class"
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
      </p>
      <div className="lesson-share">
        <label htmlFor={linkFieldId}>Lesson link: everything on this page is in it</label>
        <input
          id={linkFieldId}
          ref={(element) => {
            refs.current.set("link", element);
          }}
          type="text"
          readOnly
          value={link}
          data-lesson-link=""
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="example-tool" onClick={() => void copyLink()}>
          Copy lesson link
        </button>
        {entries.length > 0 ? (
          // The site script opens presenter mode for it, one item per slide (src/chrome/present-trigger.ts).
          <button type="button" className="example-tool" data-present="lesson-items">
            Present lesson
          </button>
        ) : null}
        <p className="example-status" role="status">
          {copied}
        </p>
      </div>
      <h2
        className="lesson-count"
        tabIndex={-1}
        ref={(element) => {
          refs.current.set("list", element);
        }}
      >
        {entries.length === 0 ? "No examples yet" : `${count(entries.length)}`}
      </h2>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {entries.length === 0 ? (
        <p>
          Open an example’s <strong>Share</strong> menu on any <a href={href("/")}>concept page</a> and choose{" "}
          <strong>Add to lesson</strong>; it appears here.
        </p>
      ) : (
        <ol className="lesson-items" data-present-deck="lesson-items" data-present-title={title.trim() || "Lesson"}>
          {entries.map((entry, index) => {
            const found = byName.get(itemName(entry.item));
            if (!found) return null;
            return (
              <LessonItemView
                key={entry.key}
                entryKey={entry.key}
                item={entry.item}
                index={index}
                total={entries.length}
                concept={found.concept}
                example={found.example}
                refs={refs}
                onParams={(params) => updateItem(entry.key, (item) => ({ ...item, params }))}
                onNote={(note) => updateItem(entry.key, (item) => ({ ...item, note }))}
                onProblems={(list) => reportProblems(entry.key, list)}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** The item a problem names first ("Item 4: …", "Items 31, 32 …"), for listing them in order; 0 for the lesson's own. */
function itemNumberOf(problem: string): number {
  return Number(/^Items? (\d+)/.exec(problem)?.[1] ?? 0);
}

function count(n: number): string {
  return `${n} example${n === 1 ? "" : "s"}`;
}
