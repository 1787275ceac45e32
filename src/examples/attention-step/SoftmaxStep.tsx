import type { ReactNode } from "react";
import { softmaxRows, speakNumber, subscript, type Matrix } from "../../math/index.ts";
import { quoted, weightLabel } from "../../text/attention-map-words.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { describeSoftmaxWeight } from "../../text/softmax-text.ts";
import { formatWeight } from "../../text/weight-format.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

interface SoftmaxStepProps {
  /** Shown last inside the example, e.g. how the sentence's words were read. */
  readonly after?: ReactNode;
  /** Stable id used for links to this example. */
  readonly id: string;
  /** The scaled scores, one row per query token and one column per key token. */
  readonly scaled: Matrix;
  /** The tokens, labelling rows (queries) and columns (keys). */
  readonly tokens: readonly string[];
  /** The weight the text alternative works out. */
  readonly example: CellPosition;
}

/**
 * Softmax across each row of the scaled scores: the attention weights. Inspecting a weight marks
 * the row of scaled scores it comes from and writes exp(s − max) / Σ exp(s − max) out.
 */
export function SoftmaxStep({ id, scaled, tokens, example, after }: SoftmaxStepProps) {
  const weights = softmaxRows(scaled);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const text = active === null ? null : describeSoftmaxWeight(scaled[active.row]!, active.row, active.col);
  const worked = describeSoftmaxWeight(scaled[example.row]!, example.row, example.col);
  const name = (i: number, j: number) => `${subscript(i)}${subscript(j)}`;

  return (
    <div
      className="example attention-step"
      data-example={id}
      role="group"
      aria-label="Worked example: softmax of each row"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">Scaled scores</p>
          <MatrixGrid
            values={scaled}
            label="Scaled scores"
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
            colLabels={tokens}
            colTokens={tokenPositions(tokens.length)}
            cellLabel={(i, j, s) => `scaled score s${name(i, j)}, ${tokens[i]} against ${tokens[j]}: ${speakNumber(s)}`}
            roleOf={(i) => (active?.row === i ? "ingredient" : null)}
          />
        </div>
        <span className="operator operator-words" aria-hidden="true">
          softmax of each row →
        </span>
        <div className="operand operand-wide">
          <p className="operand-title">Weights A: the map</p>
          <MatrixGrid
            values={weights}
            label="Weights A: inspect a weight"
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
            colLabels={tokens}
            colTokens={tokenPositions(tokens.length)}
            format={(w) => formatWeight(w)}
            cellLabel={(i, j, w) => `A${name(i, j)}, ${tokens[i]} looks at ${tokens[j]}: ${weightLabel(w)}`}
            roleOf={(i, j) => (active?.row === i && active.col === j ? "inspected" : null)}
            inspect={{ active, bind: inspection.bind }}
          />
        </div>
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null || active === null ? (
          <p data-hint="">Hover, focus or tap a weight to see how softmax makes it from its row of scaled scores.</p>
        ) : (
          <>
            <p className="expansion">{text.formula}</p>
            <p>
              How much {quoted(tokens[active.row]!)} looks at {quoted(tokens[active.col]!)}. Subtract the row’s largest
              score, {text.max}, from each score in the row, {text.shifted}, so that no exp overflows; the weights come
              out the same.
            </p>
            <p className="expansion" aria-label={text.spoken}>
              {text.expansion}
            </p>
          </>
        )}
      </div>
      <p className="in-words step-in-words">
        Each row of weights adds up to 1, and every weight is made the same way. For example, for{" "}
        {quoted(tokens[example.row]!)} looking at {quoted(tokens[example.col]!)}:{" "}
        <span className="expansion">{worked.expansion}</span>.
      </p>
      {after}
    </div>
  );
}
