import { useState, useSyncExternalStore } from "react";
import { applyCausalMask, formatNumber, isMasked, softmaxRows, speakNumber, subscript } from "../../math/index.ts";
import { useExampleFrame } from "../../frame/context.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { keyLabels, queryLabels } from "../../charts/axis-labels.ts";
import type { CausalMaskExampleProps } from "./CausalMaskExample.schema.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { RowShares } from "../../charts/row-shares/RowShares.tsx";
import { SoftmaxInWords } from "../softmax/SoftmaxInWords.tsx";
import { SoftmaxReadout } from "../softmax/SoftmaxReadout.tsx";
import { visibleKeysNote } from "./visible-keys.ts";
import { WeightsGrid } from "../softmax/WeightsGrid.tsx";
import { RowSoftmaxArrow } from "../softmax/RowSoftmaxArrow.tsx";
import { causalMaskSpec } from "./CausalMaskExample.editing.ts";
import { causalMaskValues } from "./CausalMaskExample.values.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { CausalMaskExampleProps };

export const MASK_HINT = "Hover, focus or tap a weight to see its softmax, with masked keys adding exp(−∞) = 0.";

const noSubscription = () => () => {};

/** The view's props: the page's, with the mask state as the frame's field `mask` (1 on, 0 off). */
type CausalMaskViewProps = CausalMaskExampleProps & { readonly mask: number };

/**
 * Causal masking before softmax. The checkbox switches the mask: on, every score of a later key
 * (j > i) becomes −∞ before softmax, so those weights are exactly 0 and the rest of the row is
 * renormalised. Inspecting a weight writes out its softmax with the masked terms.
 *
 * Inside an editable frame the mask state is the field `mask`, so the checkbox changes it through
 * the frame and the URL follows; outside one (a test of the view alone) it is local state.
 */
function CausalMaskView({ id, scores, tokens, mask }: CausalMaskViewProps) {
  // False on the server and while hydrating, true after: the control stays disabled until it works.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const frame = useExampleFrame();
  const framed = frame?.isEditable("mask") ?? false;
  const [local, setLocal] = useState(mask === 1);
  const masked = framed ? mask === 1 : local;
  const setMasked = (on: boolean) => (framed ? frame!.setValues({ mask: on ? 1 : 0 }) : setLocal(on));
  const input = masked ? applyCausalMask(scores) : scores;
  const weights = softmaxRows(input);
  const hidden = (i: number, j: number) => masked && isMasked(i, j);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const rows = queryLabels(scores.length, tokens);
  const positions = tokenPositions(scores.length);
  const cols = keyLabels(scores.length, tokens);

  return (
    <div
      className="example"
      data-example={id}
      role="group"
      aria-label="Worked causal mask example"
      onKeyDown={inspection.onKeyDown}
    >
      <label className="mask-toggle">
        <input
          type="checkbox"
          checked={masked}
          disabled={!hydrated}
          onChange={(event) => setMasked(event.target.checked)}
        />
        Causal mask: hide later tokens (set their scores to −∞ before softmax)
      </label>
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">{masked ? "Masked scores" : "Scores (no mask)"}</p>
          {frame?.editing ? (
            // While editing, the learner types the scores themselves; a masked cell keeps its number.
            <MatrixGrid
              values={scores}
              edit="scores"
              label="Scores"
              rowLabels={rows}
              rowTokens={positions}
              colLabels={cols}
              colTokens={positions}
              isMasked={hidden}
              cellLabel={(i, j, s) =>
                `s${subscript(i)}${subscript(j)} = ${speakNumber(s)}${hidden(i, j) ? " (masked)" : ""}`
              }
            />
          ) : (
            <MatrixGrid
              values={input}
              label={masked ? "Masked scores" : "Scores, no mask"}
              rowLabels={rows}
              rowTokens={positions}
              colLabels={cols}
              colTokens={positions}
              isMasked={hidden}
              format={(s) => formatNumber(s)}
              cellLabel={(i, j, s) =>
                `s${subscript(i)}${subscript(j)} ${hidden(i, j) ? "masked: minus infinity" : `= ${speakNumber(s)}`}`
              }
              roleOf={(i) => (active?.row === i ? "ingredient" : null)}
            />
          )}
          <p className="operand-note">{masked ? "Hatched: a later key, set to −∞." : "Every query sees every key."}</p>
        </div>
        <RowSoftmaxArrow />
        <div className="operand operand-wide">
          <p className="operand-title">Weights A</p>
          <WeightsGrid
            weights={weights}
            rowLabels={rows}
            colLabels={cols}
            tokens={positions}
            inspection={inspection}
            isMasked={hidden}
          />
          <p className="operand-note">
            {masked ? "Masked weights are exactly 0; each row still sums to 1." : "Each row sums to 1."}
          </p>
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

const EditableCausalMask = editableExample(CausalMaskView, causalMaskSpec, "Causal mask example", causalMaskValues);

/**
 * Causal masking before softmax, editable: the learner may change the scores (and tokens), the
 * mask state and the inspected weight are kept in the URL, and the example can be linked,
 * embedded and downloaded. The page's `masked` prop becomes the frame's `mask` field here.
 */
export function CausalMaskExample(props: CausalMaskExampleProps) {
  return <EditableCausalMask {...props} mask={props.masked === false ? 0 : 1} />;
}
