import type { ReactNode } from "react";
import { explainScaledScore, scaleScores, speakNumber, subscript, type Matrix } from "../../math/index.ts";
import { formatScaling, quoted } from "../../text/attention-map-words.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

interface ScalingStepProps {
  /** Shown last inside the example, e.g. how the sentence's words were read. */
  readonly after?: ReactNode;
  /** The score the text alternative works out. */
  readonly example: CellPosition;
  /** Stable id used for links to this example. */
  readonly id: string;
  /** The raw scores QKᵀ, one row per query token and one column per key token. */
  readonly scores: Matrix;
  /** d_k: the length of each query and key. */
  readonly keySize: number;
  /** The tokens, labelling rows (queries) and columns (keys). */
  readonly tokens: readonly string[];
}

/**
 * S / √d_k: every score divided by the same number. Inspecting a scaled score marks the raw score
 * it comes from and writes the division out.
 */
export function ScalingStep({ id, scores, keySize, tokens, example, after }: ScalingStepProps) {
  const scaled = scaleScores(scores, keySize);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const explanation = active === null ? null : explainScaledScore(scores, keySize, active.row, active.col);
  const isActive = (i: number, j: number) => active?.row === i && active.col === j;
  const name = (i: number, j: number) => `S${subscript(i)}${subscript(j)}`;
  const worked = explainScaledScore(scores, keySize, example.row, example.col);

  return (
    <div
      className="example attention-step"
      data-example={id}
      role="group"
      aria-label="Worked example: scaling the scores"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">Scores S = QKᵀ</p>
          <MatrixGrid
            values={scores}
            label="Scores S"
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
            colLabels={tokens}
            colTokens={tokenPositions(tokens.length)}
            cellLabel={(i, j, s) => `${name(i, j)}, ${tokens[i]} against ${tokens[j]}: ${speakNumber(s)}`}
            roleOf={(i, j) => (isActive(i, j) ? "ingredient" : null)}
          />
        </div>
        <span className="operator operator-words" aria-hidden="true">
          ÷ √{keySize} →
        </span>
        <div className="operand operand-wide">
          <p className="operand-title">Scaled scores S / √{keySize}</p>
          <MatrixGrid
            values={scaled}
            label="Scaled scores: inspect an entry"
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
            colLabels={tokens}
            colTokens={tokenPositions(tokens.length)}
            cellLabel={(i, j, v) => `scaled ${name(i, j)}, ${tokens[i]} against ${tokens[j]}: ${speakNumber(v)}`}
            roleOf={(i, j) => (isActive(i, j) ? "inspected" : null)}
            inspect={{ active, bind: inspection.bind }}
          />
        </div>
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {explanation === null ? (
          <p data-hint="">Hover, focus or tap a scaled score to see the division that makes it.</p>
        ) : (
          <>
            <p className="expansion">
              {name(explanation.row, explanation.col)} / √dₖ = {formatScaling(explanation)}
            </p>
            <p>
              The score of {quoted(tokens[explanation.row]!)} against {quoted(tokens[explanation.col]!)}, divided by
              √dₖ. Every score is divided by the same number, √{keySize} {equalsOrApprox(explanation.root)}, because
              every query and key has dₖ = {keySize} entries.
            </p>
          </>
        )}
      </div>
      <p className="in-words step-in-words">
        Every score is divided by √{keySize}. For example,{" "}
        <span className="expansion">
          {name(example.row, example.col)} / √dₖ = {formatScaling(worked)}
        </span>
        .
      </p>
      {after}
    </div>
  );
}
