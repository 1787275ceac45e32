import { memo, useId, useRef, useState, useSyncExternalStore } from "react";
import { EMBED_WIDTH, iframeSnippet, isEmbedPage, ownParams } from "./links.ts";
import { href } from "../site.ts";
import { useExampleHost } from "./host.ts";
import { measureEmbedHeight } from "./embed-measure.ts";
import { ShareMenu } from "./ShareMenu.tsx";

/** Which panel under the tools is open. */
export type Panel = "edit" | "embed" | null;

interface ExampleToolsProps {
  readonly id: string;
  readonly title: string;
  readonly panel: Panel;
  readonly setPanel: (panel: Panel) => void;
  /** False when the example has its own controls and no "Edit numbers" editor. */
  readonly editable: boolean;
  /** True when the numbers differ from the page's: Reset is offered. */
  readonly changed: boolean;
  readonly onReset: () => void;
  /** The element drawn by Download SVG / PNG. */
  readonly figure: () => HTMLElement | null;
}

const noSubscription = () => () => {};

/** Copies `text`; false when the browser refuses (no permission, insecure page). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The concept page's slug, for file names: "qkv-projections". */
function pageSlug(): string {
  return /\/(?:concepts|embed)\/([a-z0-9-]+)\//.exec(window.location.pathname)?.[1] ?? "example";
}

/** The slug of the concept page being shown ("/concepts/<slug>/"), or null on any other page. */
function conceptPageSlug(): string | null {
  return /\/concepts\/([a-z0-9-]+)\/$/.exec(window.location.pathname)?.[1] ?? null;
}

/** The status after "Add to lesson", from what adding did (src/lesson/lesson.ts, addItem). */
function lessonStatus(result: { kind: string; position?: number; saved: boolean; count: number }): string {
  const examples = `${result.count} example${result.count === 1 ? "" : "s"}`;
  if (!result.saved) return "The browser does not let this site store anything, so the lesson could not be kept.";
  if (result.kind === "full")
    return `Your lesson already has ${examples}, the most it can hold: remove one there first`;
  if (result.kind === "updated")
    return `Already in your lesson as item ${result.position} of ${result.count}: it now has these numbers`;
  return `Added to your lesson: ${examples}`;
}

/**
 * The tools of one example: Edit numbers, Reset (once the numbers changed), Present (presenter
 * mode, not on an embed page) and one Share menu (Copy link, Embed, Add to lesson, Download SVG,
 * Download PNG). Every action says what it did in a polite live
 * region; when the clipboard is refused, the link is shown selected so it can be copied by hand.
 * Memoised: the frame passes callbacks that keep their identity, so a drag or a typed number
 * re-renders the tools only when what they show changes (Reset appearing).
 */
export const ExampleTools = memo(function ExampleTools({
  id,
  title,
  panel,
  setPanel,
  editable,
  changed,
  onReset,
  figure,
}: ExampleToolsProps) {
  const host = useExampleHost();
  const [status, setStatusText] = useState("");
  // After "Add to lesson": the status ends with a link to the lesson page.
  const [toLesson, setToLesson] = useState(false);
  const setStatus = (text: string) => {
    setStatusText(text);
    setToLesson(false);
  };
  // Known after hydration: only a concept page's examples can be added to a lesson.
  const slug = useSyncExternalStore(
    noSubscription,
    () => (host.inLesson ? null : conceptPageSlug()),
    () => null,
  );
  const [manual, setManual] = useState<string | null>(null);
  const [snippet, setSnippet] = useState("");
  // Known after hydration: the server renders the same example for both kinds of page.
  const embeddable = useSyncExternalStore(
    noSubscription,
    () => !isEmbedPage(),
    () => true,
  );
  const panelId = useId();
  const snippetId = useId();
  const manualRef = useRef<HTMLInputElement>(null);

  const toggle = (which: Exclude<Panel, null>) => {
    const next = panel === which ? null : which;
    setPanel(next);
    setStatus("");
    if (next === "embed") {
      const element = figure();
      const src = host.embedLink(id);
      if (src === null) {
        setSnippet("");
        return;
      }
      // Until the embed page has been measured at the snippet's width: the example here plus the
      // embed page's line of credit (about 3 rem).
      const name = `${title} · Attention, by Hand`;
      setSnippet(iframeSnippet(src, name, (element?.offsetHeight ?? 480) + 64));
      measureEmbedHeight(src, EMBED_WIDTH).then(
        (height) => setSnippet(iframeSnippet(src, name, height)),
        () => undefined,
      );
    }
  };

  const copyLink = async () => {
    const link = host.exampleLink(id);
    if (await copy(link)) {
      setManual(null);
      setStatus("Link copied. It opens this example with these numbers.");
    } else {
      setManual(link);
      setStatus("The browser did not allow copying: the link is selected below, copy it with Ctrl+C or ⌘C.");
      requestAnimationFrame(() => manualRef.current?.select());
    }
  };

  const addToLesson = async () => {
    if (slug === null) return;
    const params = [...ownParams(id, `?${host.query().toString()}`)];
    try {
      const { addToLessonInProgress } = await import("../lesson/store.ts");
      const result = addToLessonInProgress({ slug, example: id, params });
      setStatusText(lessonStatus({ ...result, count: result.lesson.items.length }));
      setToLesson(true);
    } catch (error) {
      setStatus(`The example could not be added to a lesson: ${(error as Error).message}`);
    }
  };

  const download = async (format: "svg" | "png") => {
    const element = figure();
    if (!element) return;
    setStatus(`Preparing the ${format.toUpperCase()} …`);
    try {
      const { downloadFigure } = await import("./export/download-figure.ts");
      await downloadFigure(element, format, `${pageSlug()}-${id}`);
      setStatus(`Downloaded ${pageSlug()}-${id}.${format}.`);
    } catch (error) {
      setStatus(`The ${format.toUpperCase()} could not be made: ${(error as Error).message}`);
    }
  };

  const copySnippet = async () => {
    setStatus(
      (await copy(snippet))
        ? "Embed code copied."
        : "The browser did not allow copying: select the code above and copy it.",
    );
  };

  return (
    <div className="example-tools">
      <div className="example-tools-row" role="group" aria-label={`${title}: tools`}>
        {editable ? (
          <button
            type="button"
            className="example-tool"
            aria-expanded={panel === "edit"}
            onClick={() => toggle("edit")}
          >
            {panel === "edit" ? "Done editing" : "Edit numbers"}
          </button>
        ) : null}
        {editable || changed ? (
          // Its place is kept (unseen, disabled) until the numbers change, so that the tools row
          // never grows a line under a learner's finger or pointer (a drag would jump).
          <button
            type="button"
            className={changed ? "example-tool" : "example-tool is-unused"}
            disabled={!changed}
            onClick={onReset}
          >
            Reset
          </button>
        ) : null}
        {embeddable ? (
          // The site script opens presenter mode for any [data-present] button (src/chrome/present-trigger.ts).
          <button type="button" className="example-tool" data-present={id} data-present-title={title}>
            Present
          </button>
        ) : null}
        <ShareMenu
          title={title}
          actions={[
            { name: "Copy link", run: () => void copyLink() },
            ...(embeddable && !host.inLesson ? [{ name: "Embed", run: () => toggle("embed") }] : []),
            ...(slug !== null ? [{ name: "Add to lesson", run: () => void addToLesson() }] : []),
            { name: "Download SVG", run: () => void download("svg") },
            { name: "Download PNG", run: () => void download("png") },
          ]}
        />
      </div>
      <p className="example-status" role="status">
        {status}
        {toLesson ? (
          <>
            {" — "}
            <a href={href("/lesson/")}>open lesson</a>
          </>
        ) : null}
      </p>
      {manual !== null ? (
        <p className="example-manual">
          <label>
            Link to this example{" "}
            <input
              ref={manualRef}
              type="text"
              readOnly
              value={manual}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
        </p>
      ) : null}
      {panel === "embed" ? (
        <div className="example-embed" id={panelId}>
          {snippet === "" ? (
            <p>This page has no embed address.</p>
          ) : (
            <>
              <label htmlFor={snippetId}>
                Embed code: paste it into a slide or a course page. It shows the example with the numbers it has now.
              </label>
              <textarea
                id={snippetId}
                readOnly
                rows={4}
                value={snippet}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="example-tool" onClick={copySnippet}>
                Copy embed code
              </button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
});
