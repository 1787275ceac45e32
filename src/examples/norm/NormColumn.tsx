import { rowSpread, speakNumber, subscript, type Vector } from "../../math/index.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { NORM_OUTPUT, NORM_TITLE, type NormName } from "./norm-words.ts";

interface NormColumnProps {
  readonly norm: NormName;
  /** The steps before dividing, as lines of text (mean, variance … or mean square). */
  readonly steps: readonly { readonly term: string; readonly text: string }[];
  /** The normalised row x̂, before the gain. */
  readonly normalised: Vector;
  readonly output: Vector;
  /** The inspected component of this norm's output, or null. */
  readonly active: number | null;
  readonly bind: (cell: CellPosition) => InspectHandlers;
}

const labels = (symbol: string, n: number) => Array.from({ length: n }, (_, j) => `${symbol}${subscript(j)}`);

/**
 * One norm worked through: its steps as lines of arithmetic, the normalised row x̂ (with what it
 * achieved: mean 0 and variance about 1, or mean square about 1) and the output, whose entries
 * inspect themselves.
 */
export function NormColumn({ norm, steps, normalised, output, active, bind }: NormColumnProps) {
  const title = NORM_TITLE[norm];
  const spread = rowSpread(normalised);
  const achieved =
    norm === "layer"
      ? `mean ${equalsOrApprox(spread.mean)}, variance ${equalsOrApprox(spread.variance)}`
      : `mean square ${equalsOrApprox(spread.meanSquare)}, mean ${equalsOrApprox(spread.mean)}`;
  const name = NORM_OUTPUT[norm];
  return (
    <section className="norm-column" aria-label={title}>
      <h3 className="norm-title">{title}</h3>
      <dl className="norm-steps">
        {steps.map(({ term, text }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className="expansion">{text}</dd>
          </div>
        ))}
      </dl>
      <p className="operand-title">Normalised row x̂</p>
      <MatrixGrid
        values={[normalised]}
        label={`${title}: normalised row x̂`}
        colLabels={labels("x̂", normalised.length)}
        cellLabel={(_, j, v) => `x̂${subscript(j)} = ${speakNumber(v)}`}
        roleOf={(_, j) => (j === active ? "ingredient" : null)}
      />
      <p className="operand-note">Before the gain: {achieved}.</p>
      <p className="operand-title">Output {name}</p>
      <MatrixGrid
        values={[output]}
        label={`${title} output: inspect an entry`}
        cellLabel={(_, j, v) => `${title} output, component ${j}: ${speakNumber(v)}`}
        roleOf={(_, j) => (j === active ? "inspected" : null)}
        inspect={{ active: active === null ? null : { row: 0, col: active }, bind }}
      />
      <p className="operand-note">{norm === "layer" ? "x̂ times γ, plus β." : "x̂ times γ; RMSNorm has no bias."}</p>
    </section>
  );
}
