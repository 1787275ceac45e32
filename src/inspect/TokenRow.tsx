import { useRef, type KeyboardEvent } from "react";
import type { CellRole } from "./MatrixGrid.tsx";
import type { InspectHandlers } from "./useInspection.ts";
import { tokenColourAttributes } from "../tokens/token-colours.ts";

interface TokenRowProps {
  /** The tokens, in sentence order. */
  readonly tokens: readonly string[];
  /** Accessible name of the row, e.g. "Sentence: inspect a token". */
  readonly label: string;
  /** Small text after the word, e.g. its vocabulary id "#2"; part of the button's name, as shown. */
  readonly detail?: (i: number) => string;
  /** The role of token i in the current inspection. */
  readonly roleOf: (i: number) => CellRole;
  /** The token that holds the tab stop (the inspected one), or null for the first. */
  readonly current: number | null;
  /** Handlers that make token i inspect itself. */
  readonly bind: (i: number) => InspectHandlers;
  /**
   * Whether each token shows its colour (src/tokens/), the one it keeps in every matrix of the
   * example: a stripe under the button, the word itself staying the cue. Token i is position i.
   */
  readonly coloured?: boolean;
}

/**
 * A sentence as a row of buttons, one per token, each named by its visible text, inspected like matrix cells: hover, focus or
 * tap; one tab stop (roving tabindex), Left/Right, Home and End move between tokens.
 */
export function TokenRow({ tokens, label, detail, roleOf, current, bind, coloured = false }: TokenRowProps) {
  const rowRef = useRef<HTMLDivElement>(null);
  const focused = current ?? 0;
  const moveFocus = (event: KeyboardEvent) => {
    const last = tokens.length - 1;
    const targets: Record<string, number> = {
      ArrowLeft: Math.max(0, focused - 1),
      ArrowRight: Math.min(last, focused + 1),
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    rowRef.current?.querySelector<HTMLElement>(`[data-token="${target}"]`)?.focus();
  };
  return (
    <div ref={rowRef} className="token-row" role="group" aria-label={label} onKeyDown={moveFocus}>
      {tokens.map((token, i) => {
        const role = roleOf(i);
        return (
          <button
            key={i}
            type="button"
            data-token={i}
            data-role={role ?? undefined}
            tabIndex={i === focused ? 0 : -1}
            aria-pressed={role === "inspected"}
            {...tokenColourAttributes(coloured ? i : undefined)}
            {...bind(i)}
          >
            {token}
            {/* The name is the visible text ("sat #2"), so what is seen is what is read. */}
            {detail ? <span className="token-id"> {detail(i)}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
