import { formatNumber, softmaxRows, speakNumber, subscript } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { keyLabels, queryLabels } from "../../charts/axis-labels.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { RowShares } from "../../charts/row-shares/RowShares.tsx";
import type { SoftmaxExampleProps } from "./SoftmaxExample.schema.ts";
import { SoftmaxInWords } from "./SoftmaxInWords.tsx";
import { SoftmaxReadout } from "./SoftmaxReadout.tsx";
import { WeightsGrid } from "./WeightsGrid.tsx";
import { RowSoftmaxArrow } from "./RowSoftmaxArrow.tsx";
import { formatMatrix } from "../../text/words.ts";
import { softmaxSpec } from "./SoftmaxExample.editing.ts";
import { softmaxValues } from "./SoftmaxExample.values.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { SoftmaxExampleProps };

export const SOFTMAX_HINT = "Hover, focus or tap a weight to see how softmax makes it from its row of scores.";

/**
 * Softmax across each row of a score matrix. Inspecting a weight (hover, focus, tap, arrow keys)
 * marks the row of scores it comes from and writes out exp(sᵢⱼ) / Σₖ exp(sᵢₖ) with the numbers.
 * Every number is finite for any scores from −9999 to 9999: softmax subtracts the row's largest
 * score first, so the largest exp is exp(0) = 1 and the smallest underflows to 0, never to ∞.
 */
function SoftmaxView({ id, scores, tokens }: SoftmaxExampleProps) {
  const weights = softmaxRows(scores);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const rows = queryLabels(scores.length, tokens);
  const positions = tokenPositions(scores.length);
  const cols = keyLabels(scores[0]?.length ?? 0, tokens);

  return (
    <div
      className="example"
      data-example={id}
      role="group"
      aria-label="Worked softmax example"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">Scores S</p>
          <MatrixGrid
            values={scores}
            edit="scores"
            label="Scores S"
            rowLabels={rows}
            rowTokens={positions}
            colLabels={cols}
            colTokens={positions}
            cellLabel={(i, j, s) => `s${subscript(i)}${subscript(j)} = ${speakNumber(s)}`}
            format={(s) => formatNumber(s)}
            roleOf={(i) => (active?.row === i ? "ingredient" : null)}
          />
          <p className="operand-note">One row per query, one column per key.</p>
        </div>
        <RowSoftmaxArrow />
        <div className="operand operand-wide">
          <p className="operand-title">Weights A</p>
          <WeightsGrid weights={weights} rowLabels={rows} colLabels={cols} tokens={positions} inspection={inspection} />
          <p className="operand-note">Each row shares out exactly 1.</p>
        </div>
      </div>

      <SoftmaxReadout scores={scores} active={active} tokens={tokens} hint={SOFTMAX_HINT} />
      <RowShares weights={weights} rowLabels={rows} colLabels={cols} active={active} />
      {/* A page may hold several softmax examples: the scores make each region's name unique. */}
      <SoftmaxInWords
        label={`Worked softmax example in words: scores ${formatMatrix(scores)}`}
        scores={scores}
        tokens={tokens}
      />
    </div>
  );
}

/**
 * Softmax across each row of a score matrix, editable: the learner may change the scores (and
 * the tokens, when the page gives them), link to the example with its numbers and inspected
 * weight, embed it and download it.
 */
export const SoftmaxExample = editableExample(SoftmaxView, softmaxSpec, "Softmax example", softmaxValues);
