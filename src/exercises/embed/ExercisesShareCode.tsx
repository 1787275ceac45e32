import { useEffect, useId, useState } from "react";
import { EMBED_WIDTH, iframeSnippet } from "../../frame/links.ts";
import { measureEmbedHeight } from "../../frame/embed-measure.ts";
import { exercisesEmbedLink, exercisesPageLink } from "./links.ts";

/**
 * What the "Check yourself" Share menu does (ExercisesShare.tsx), fetched the first time a reader
 * reaches for the menu rather than with the exercises: copying, the addresses it gives out, and
 * the Embed panel.
 */

/** Copies `text`; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The section on its concept page with the learner's current numbers; null off a concept or embed page. */
export const pageLink = (checkId: string) => exercisesPageLink(checkId, window.location);

interface EmbedPanelProps {
  /** The "Check yourself" section's id: "softmax-check". */
  readonly checkId: string;
  /** The concept's title, for the frame's title in the snippet. */
  readonly title: string;
  /** The section's height here (CSS px), the snippet's height until the embed is measured. */
  readonly height: () => number;
  /** Whether the link asks for completion messages (`report=1`), kept by the menu across openings. */
  readonly report: boolean;
  readonly setReport: (report: boolean) => void;
  /** Says what happened, in the menu's status line. */
  readonly setStatus: (status: string) => void;
}

/**
 * The Embed panel: the iframe code for `/embed/<slug>/exercises/` with the same numbers and the
 * lines that keep the frame as tall as its content, as an example's Embed does. It measures the
 * embed's height each time it opens. A checkbox adds `report=1`, which makes the embed tell its
 * host page when an exercise is done (README, "Completion events for course platforms").
 */
export function EmbedPanel({ checkId, title, height, report, setReport, setStatus }: EmbedPanelProps) {
  const codeId = useId();
  const [measured, setMeasured] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    const plain = exercisesEmbedLink(checkId, window.location);
    if (plain !== null)
      measureEmbedHeight(plain, EMBED_WIDTH).then(
        (value) => current && setMeasured(value),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [checkId]);
  const name = `Check yourself: ${title} · Attention, by Hand`;
  const src = exercisesEmbedLink(checkId, window.location, report);
  const snippet = src === null ? "" : iframeSnippet(src, name, measured ?? height() + 64);

  return (
    <div className="example-embed">
      {snippet === "" ? (
        <p>This page has no embed address.</p>
      ) : (
        <>
          <label htmlFor={codeId}>
            Embed code: paste it into a course page. It shows these exercises with the numbers they have now.
          </label>
          <textarea id={codeId} readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <label className="ex-report-option">
            <input type="checkbox" checked={report} onChange={(e) => setReport(e.target.checked)} /> Tell the course
            page when an exercise is answered or its answer shown (adds report=1; nothing about the learner is sent)
          </label>
          <button
            type="button"
            className="example-tool"
            onClick={async () =>
              setStatus(
                (await copyText(snippet))
                  ? "Embed code copied."
                  : "The browser did not allow copying: select the code above and copy it.",
              )
            }
          >
            Copy embed code
          </button>
        </>
      )}
    </div>
  );
}
