import { useRef, useState } from "react";
import { ShareMenu } from "../../frame/ShareMenu.tsx";

type ShareCode = typeof import("./ExercisesShareCode.tsx");
let shareCode: Promise<ShareCode> | null = null;
/** The menu's code (ExercisesShareCode.tsx), fetched once, when a reader first reaches for the menu. */
const loadShareCode = () => (shareCode ??= import("./ExercisesShareCode.tsx"));

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
 * the learner's current numbers) and Embed, which shows the iframe code for the section's embed
 * page (ExercisesShareCode.tsx). The menu is here from the start, so its place and keys never
 * change; what its entries do is fetched when the pointer or focus first reaches the menu, and
 * an entry chosen before it arrives runs once it has. Focus stays on the Share button, as the
 * menu leaves it.
 */
export function ExercisesShare({ checkId, title, height }: ExercisesShareProps) {
  const [code, setCode] = useState<ShareCode | null>(null);
  const [status, setStatus] = useState("");
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState(false);
  const [manual, setManual] = useState<string | null>(null);
  const manualRef = useRef<HTMLInputElement>(null);

  /** Runs `action` with the menu's code, fetching it first if it has not arrived yet. */
  const withCode = (action: (code: ShareCode) => unknown) => {
    loadShareCode().then(
      (loaded) => {
        setCode(() => loaded);
        void action(loaded);
      },
      () => {
        shareCode = null; // fetched again on the next try
        setStatus("The Share menu could not load (is the network off?). Try again.");
      },
    );
  };

  const toggleEmbed = () => {
    setStatus("");
    setOpen((was) => !was);
  };

  const copyLink = async (loaded: ShareCode) => {
    const link = loaded.pageLink(checkId);
    if (link === null) return;
    if (await loaded.copyText(link)) {
      setManual(null);
      setStatus("Link copied. It opens these exercises with these numbers.");
    } else {
      setManual(link);
      setStatus("The browser did not allow copying: the link is selected below, copy it with Ctrl+C or ⌘C.");
      requestAnimationFrame(() => manualRef.current?.select());
    }
  };

  const prefetch = () =>
    void loadShareCode().catch(() => {
      shareCode = null;
    });

  return (
    <div className="ex-share example-tools">
      <div
        className="example-tools-row"
        role="group"
        aria-label="Check yourself: tools"
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        <ShareMenu
          title="Check yourself"
          actions={[
            { name: "Copy link", run: () => withCode(copyLink) },
            { name: "Embed", run: () => withCode(toggleEmbed) },
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
      {open && code && (
        <code.EmbedPanel
          checkId={checkId}
          title={title}
          height={height}
          report={report}
          setReport={setReport}
          setStatus={setStatus}
        />
      )}
    </div>
  );
}
