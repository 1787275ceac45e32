import type { HeadAttention } from "../../math/index.ts";
import { describeMapCell } from "../../text/attention-map-words.ts";
import type { MultiHeadTarget } from "./MultiHeadExample.editing.ts";
import { headName } from "./multi-head-words.ts";
import { ScoreFacts } from "../attention-map/ScoreFacts.tsx";

interface MultiHeadMapReadoutProps {
  readonly tokens: readonly string[];
  readonly heads: readonly HeadAttention[];
  /** The inspected map cell, or null when no map cell is inspected. */
  readonly active: MultiHeadTarget | null;
}

/** The live readout under the heads' maps: score, scaling by that head's √d_k, and weight. */
export function MultiHeadMapReadout({ tokens, heads, active }: MultiHeadMapReadoutProps) {
  const head = active === null ? undefined : heads[active.head];
  if (active === null || head === undefined) {
    return (
      <div className="readout" aria-live="polite" aria-atomic="true">
        <p data-hint="">
          Hover, focus or tap a cell of either map to see its score, its scaling and its weight in that head.
        </p>
      </div>
    );
  }
  const text = describeMapCell(tokens, head, active.row, active.col);
  const keySize = head.Q[0]!.length;
  return (
    <div className="readout" aria-live="polite" aria-atomic="true">
      <p className="expansion">
        {headName(active.head)}: {text.pair}
      </p>
      <dl className="map-facts">
        <ScoreFacts text={text} />
      </dl>
      <p>
        This head’s queries and keys have {keySize} entries each, so it divides by √{keySize}, its own dₖ, not by the
        width of the input. In this head, {text.query} looks most at {text.strongest}.
      </p>
    </div>
  );
}
