import { useState, useSyncExternalStore } from "react";
import { applyCausalMask, formatNumber, isMasked, softmaxRows, speakNumber, subscript } from "../math/index.ts";
import { keyLabels, queryLabels } from "./axis-labels.ts";
import type { CausalMaskExampleProps } from "./CausalMaskExample.schema.ts";
import { MatrixGrid, type CellPosition } from "./inspect/MatrixGrid.tsx";
import { useInspection } from "./inspect/useInspection.ts";
import { RowShares } from "./RowShares.tsx";
import { SoftmaxInWords } from "./SoftmaxInWords.tsx";
import { SoftmaxReadout } from "./SoftmaxReadout.tsx";
import { visibleKeysNote } from "./visible-keys.ts";
import { WeightsGrid } from "./WeightsGrid.tsx";

export type { CausalMaskExampleProps };

export const MASK_HINT = "Hover, focus or tap a weight to see its softmax, with masked keys adding exp(−∞) = 0.";

const noSubscription = () => () => {};

/**
 * Causal masking before softmax. The checkbox switches the mask: on, every score of a later key
 * (j > i) becomes −∞ before softmax, so those weights are exactly 0 and the rest of the row is
 * renormalised. Inspecting a weight writes out its softmax with the masked terms.
 */
export function CausalMaskExample({ id, scores, tokens, masked: initiallyMasked = true }: CausalMaskExampleProps) {
  // False on the server and while hydrating, true after: the control stays disabled until it works.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [masked, setMasked] = useState(initiallyMasked);
  const input = masked ? applyCausalMask(scores) : scores;
  const weights = softmaxRows(input);
  const hidden = (i: number, j: number) => masked && isMasked(i, j);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const rows = queryLabels(scores.length, tokens);
  const cols = keyLabels(scores.length, tokens);

  return (
    <div className="example" data-example={id} role="group" aria-label="Worked causal mask example" onKeyDown={inspection.onKeyDown}>
      <label className="mask-toggle">
        <input type="checkbox" checked={masked} disabled={!hydrated} onChange={(event) => setMasked(event.target.checked)} />
        Causal mask: hide later tokens (set their scores to −∞ before softmax)
      </label>
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">{masked ? "Masked scores" : "Scores (no mask)"}</p>
          <MatrixGrid
            values={input}
            label={masked ? "Masked scores" : "Scores, no mask"}
            rowLabels={rows}
            colLabels={cols}
            isMasked={hidden}
            format={(s) => formatNumber(s)}
            cellLabel={(i, j, s) => `s${subscript(i)}${subscript(j)} ${hidden(i, j) ? "masked: minus infinity" : `= ${speakNumber(s)}`}`}
            roleOf={(i) => (active?.row === i ? "ingredient" : null)}
          />
          <p className="operand-note">{masked ? "Hatched: a later key, set to −∞." : "Every query sees every key."}</p>
        </div>
        <span className="operator operator-words" aria-hidden="true">
          softmax of each row →
        </span>
        <div className="operand operand-wide">
          <p className="operand-title">Weights A</p>
          <WeightsGrid weights={weights} rowLabels={rows} colLabels={cols} inspection={inspection} isMasked={hidden} />
          <p className="operand-note">{masked ? "Masked weights are exactly 0; each row still sums to 1." : "Each row sums to 1."}</p>
        </div>
      </div>

      <SoftmaxReadout scores={input} active={active} tokens={tokens} hint={MASK_HINT} />
      <RowShares weights={weights} rowLabels={rows} colLabels={cols} active={active} />
      <SoftmaxInWords
        label="Worked causal mask example in words"
        scores={input}
        tokens={tokens}
        rowNote={masked ? (i) => visibleKeysNote(i, scores.length, tokens) : undefined}
      />
    </div>
  );
}
