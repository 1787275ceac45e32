import { useId, useRef, useState } from "react";
import { ShareMenu } from "../../frame/ShareMenu.tsx";
import { EMBED_WIDTH, iframeSnippet } from "../../frame/links.ts";
import { measureEmbedHeight } from "../../frame/embed-measure.ts";
import { exercisesEmbedLink, exercisesPageLink } from "./links.ts";

/** Copies `text`; false when the browser refuses (no permission, insecure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface ExercisesShareProps {
  /** The "Check yourself" section's id: "softmax-check". */
  readonly checkId: string;
  /** The concept's title, for the frame's title in the snippet. */
  readonly title: string;
  /** The section's height here (CSS px), the snippet's height until the embed is measured. */
  readonly height: () => number;
}

/**
 * The Share menu of a "Check yourself" section on its concept page: Copy link (the section with
 * the learner's current numbers) and Embed, which shows the iframe code for
 * `/embed/<slug>/exercises/` with the same numbers and the lines that keep the frame as tall as
 * its content, as an example's Embed does. A checkbox adds `report=1`, which makes the embed tell
 * its host page when an exercise is done (README, "Completion events for course platforms").
 */
export function ExercisesShare({ checkId, title, height }: ExercisesShareProps) {
  const [status, setStatus] = useState("");
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState(false);
  const [measured, setMeasured] = useState<number | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const codeId = useId();
  const manualRef = useRef<HTMLInputElement>(null);
  const name = `Check yourself: ${title} · Attention, by Hand`;
  const src = open ? exercisesEmbedLink(checkId, window.location, report) : null;
  const snippet = src === null ? "" : iframeSnippet(src, name, measured ?? height() + 64);

  const toggleEmbed = () => {
    setStatus("");
    if (open) return setOpen(false);
    setOpen(true);
    setMeasured(null);
    const plain = exercisesEmbedLink(checkId, window.location);
    if (plain !== null) measureEmbedHeight(plain, EMBED_WIDTH).then(setMeasured, () => undefined);
  };

  const copyLink = async () => {
    const link = exercisesPageLink(checkId, window.location);
    if (link === null) return;
    if (await copyText(link)) {
      setManual(null);
      setStatus("Link copied. It opens these exercises with these numbers.");
    } else {
      setManual(link);
      setStatus("The browser did not allow copying: the link is selected below, copy it with Ctrl+C or ⌘C.");
      requestAnimationFrame(() => manualRef.current?.select());
    }
  };

  return (
    <div className="ex-share example-tools">
      <div className="example-tools-row" role="group" aria-label="Check yourself: tools">
        <ShareMenu
          title="Check yourself"
          actions={[
            { name: "Copy link", run: () => void copyLink() },
            { name: "Embed", run: toggleEmbed },
          ]}
        />
      </div>
      <p className="example-status" role="status">
        {status}
      </p>
      {manual !== null && (
        <p className="example-manual">
          <label>
            Link to these exercises{" "}
            <input ref={manualRef} type="text" readOnly value={manual} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </p>
      )}
      {open && (
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
      )}
    </div>
  );
}
