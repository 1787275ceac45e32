import {
  createElement,
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type LazyExoticComponent,
} from "react";
import { ExampleHostContext, type ExampleHost } from "../frame/host.ts";
import { readableQuery } from "../frame/url-state.ts";
import { IslandBoundary } from "../islands/IslandBoundary.tsx";
import { islandLoaders } from "../islands/registry.ts";
import { conceptHref, href } from "../site.ts";
import {
  charCount,
  decodeLesson,
  hasLessonParams,
  itemName,
  lessonLink,
  MAX_NOTE,
  MAX_TITLE,
  moveAt,
  readableLessonQuery,
  encodeLesson,
  type Lesson,
  type LessonCatalog,
  type LessonItem,
} from "./lesson.ts";
import { readLessonInProgress, saveLessonInProgress } from "./store.ts";

/** One example a lesson may hold: its id on its page, its island's name and its authored props. */
export interface LessonExample {
  readonly id: string;
  readonly name: string;
  readonly props: object;
}

/** A concept page and the examples on it a lesson may hold. */
export interface LessonConcept {
  readonly slug: string;
  readonly title: string;
  readonly examples: readonly LessonExample[];
}

export interface LessonProps {
  readonly concepts: readonly LessonConcept[];
}

const noSubscription = () => () => {};

/** The catalog decodeLesson checks names against. */
export function catalogOf(concepts: readonly LessonConcept[]): LessonCatalog {
  return new Map(concepts.map((concept) => [concept.slug, new Set(concept.examples.map((example) => example.id))]));
}

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
      const next = `${window.location.pathname}?${readableLessonQuery(encodeLesson(lesson))}`;
      window.history.replaceState(window.history.state, "", next);
    }
  }, [lesson, source]);

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
  ];

  return (
    <div className="lesson" data-lesson-ready="">
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
        <ol className="lesson-items">
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

function count(n: number): string {
  return `${n} example${n === 1 ? "" : "s"}`;
}

interface ItemViewProps {
  readonly entryKey: number;
  readonly item: LessonItem;
  readonly index: number;
  readonly total: number;
  readonly concept: LessonConcept;
  readonly example: LessonExample;
  readonly refs: { readonly current: Map<string, HTMLElement | null> };
  onParams(params: [string, string][]): void;
  onNote(note: string): void;
  onProblems(problems: readonly string[]): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

function LessonItemView({
  entryKey,
  item,
  index,
  total,
  concept,
  example,
  refs,
  onParams,
  onNote,
  onProblems,
  onMove,
  onRemove,
}: ItemViewProps) {
  const headingId = useId();
  const noteId = useId();
  const countId = useId();
  const place = index + 1;
  // The example's host: its own state in the item, links to its own page (src/frame/host.ts). One
  // per item for its whole life, so the example reads its state once, as on a page.
  const params = useRef(item.params);
  const calls = useRef({ onParams, onProblems });
  useLayoutEffect(() => {
    params.current = item.params;
    calls.current = { onParams, onProblems };
  });
  const host = useMemo<ExampleHost>(
    () => ({
      query: () => new URLSearchParams(params.current as [string, string][]),
      replaceQuery: (next) => {
        const list = [...next];
        params.current = list;
        calls.current.onParams(list);
      },
      exampleLink: (id) =>
        `${window.location.origin}${conceptHref(concept.slug)}${readableQuery(new URLSearchParams(params.current as [string, string][]))}#${id}`,
      embedLink: () => null,
      scope: `lesson-${entryKey}:`,
      inLesson: true,
      reportProblems: (problems) => calls.current.onProblems(problems),
    }),
    [concept.slug, entryKey],
  );
  const pageLink = `${conceptHref(concept.slug)}${readableQuery(new URLSearchParams(item.params as [string, string][]))}#${example.id}`;
  const setRef = (name: string) => (element: HTMLElement | null) => {
    refs.current.set(`${entryKey}:${name}`, element);
  };

  return (
    <li className="lesson-item" aria-labelledby={headingId} data-lesson-item={itemName(item)}>
      <h3 id={headingId} tabIndex={-1} ref={setRef("heading")} className="lesson-item-title">
        {place}. {concept.title}: example “{example.id}”
      </h3>
      <p className="lesson-item-page">
        <a href={pageLink}>Open it on its page, {concept.title}</a>
      </p>
      <div className="lesson-item-tools" role="group" aria-label={`Item ${place}: order`}>
        <button
          type="button"
          className="example-tool"
          ref={setRef("up")}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="example-tool"
          ref={setRef("down")}
          disabled={index === total - 1}
          onClick={() => onMove(1)}
        >
          Move down
        </button>
        <button type="button" className="example-tool" onClick={onRemove}>
          Remove
        </button>
      </div>
      {item.note.trim() !== "" ? (
        <p className="lesson-item-note" data-lesson-note="">
          {item.note}
        </p>
      ) : null}
      <details className="lesson-note-editor">
        <summary>{item.note.trim() === "" ? "Add a note" : "Edit the note"}</summary>
        <label htmlFor={noteId}>Note for item {place}</label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={MAX_NOTE}
          value={item.note}
          aria-describedby={countId}
          onChange={(event) => onNote(event.target.value)}
        />
        <span id={countId} className="lesson-chars">
          {charCount(item.note)} of {MAX_NOTE} characters
        </span>
      </details>
      <ExampleHostContext.Provider value={host}>
        <LiveExample example={example} />
      </ExampleHostContext.Provider>
    </li>
  );
}

/** Each island component once, loaded when an item first shows it (its own chunk, as on its page). */
const components = new Map<string, LazyExoticComponent<ComponentType<object>>>();
function componentOf(name: string): LazyExoticComponent<ComponentType<object>> {
  let component = components.get(name);
  if (!component) {
    const loader = Object.hasOwn(islandLoaders, name) ? islandLoaders[name] : undefined;
    component = lazy(async () => {
      if (!loader) throw new Error(`Unknown island "${name}": no example.ts names it.`);
      return { default: (await loader()) as ComponentType<object> };
    });
    components.set(name, component);
  }
  return component;
}

/**
 * The item's example: the same island component as on its concept page, with its authored props;
 * its state comes from the item's host. If it cannot load or breaks, it alone is replaced by the
 * message a broken example shows on a page. Memoised: an island component reads its props once,
 * as an island root that nothing above re-renders, so a new props object (each render of the
 * lesson makes one) would make it read its state again and undo what the learner did since.
 */
const LiveExample = memo(function LiveExample({ example }: { readonly example: LessonExample }) {
  return (
    <div className="lesson-example" data-lesson-example={example.id}>
      <IslandBoundary id={example.id}>
        <Suspense fallback={<p className="lesson-loading">Loading the example …</p>}>
          {/* One lazy component per island name for the page's life (componentOf), never a new one per render. */}
          {createElement(componentOf(example.name), example.props)}
        </Suspense>
      </IslandBoundary>
    </div>
  );
});
