import {
  consecutivePositions,
  encodingDotTable,
  formatNumber,
  sinusoidalTable,
  speakNumber,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { sinusoidalSpec, type SinusoidalTarget } from "./SinusoidalExample.editing.ts";
import type { SinusoidalExampleProps } from "./SinusoidalExample.schema.ts";
import { SinusoidalInWords } from "./SinusoidalInWords.tsx";
import { componentLabels, describeSinusoidal } from "./sinusoidal-text.ts";

export type { SinusoidalExampleProps };

/**
 * Sinusoidal position encodings for a few consecutive positions (the table P, one row per
 * position), and the dot product of every two rows. Inspecting an entry of P shows its sine or
 * cosine and frequency; inspecting a dot product shows it pair by pair as cosines of the distance,
 * and marks every cell with the same distance, which holds the same number.
 */
function SinusoidalView(props: SinusoidalExampleProps) {
  const { id, first, count, dModel, base } = props;
  const positions = consecutivePositions(first, count);
  const P = sinusoidalTable(positions, dModel, base);
  const D = encodingDotTable(positions, dModel, base);
  const inspection = useInspection<SinusoidalTarget>();
  const active = inspection.active;
  const text = active === null ? null : describeSinusoidal(props, positions, active);
  const rowNames = positions.map((p) => `pos ${p}`);
  const distance = active?.table === "dot" ? active.col - active.row : null;

  return (
    <div
      className="example sinusoidal-example"
      data-example={id}
      role="group"
      aria-label="Sinusoidal position encoding example"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <div className="operand">
          <p className="operand-title">Encodings PE(pos), one row per position</p>
          <MatrixGrid
            values={P}
            label="Position encodings PE: inspect an entry"
            rowLabels={rowNames}
            colLabels={componentLabels(dModel)}
            cellLabel={(i, j, v) => `PE(${positions[i]}, ${j}) = ${speakNumber(v)}`}
            roleOf={(i, j) =>
              active?.table === "pe" && active.row === i && active.col === j
                ? "inspected"
                : active?.table === "dot" && (i === active.row || i === active.col)
                  ? "ingredient"
                  : null
            }
            inspect={{
              active: active?.table === "pe" ? active : null,
              bind: (cell) => inspection.bind({ table: "pe", ...cell }),
            }}
          />
        </div>
        <div className="operand">
          <p className="operand-title">PE(row)·PE(column)</p>
          <MatrixGrid
            values={D}
            label="Dot products of two positions' encodings: inspect one"
            rowLabels={rowNames}
            colLabels={rowNames}
            cellLabel={(i, j, v) => `PE(${positions[i]})·PE(${positions[j]}) = ${speakNumber(v)}`}
            roleOf={(i, j) =>
              active?.table === "dot" && active.row === i && active.col === j
                ? "inspected"
                : distance !== null && j - i === distance
                  ? "ingredient"
                  : null
            }
            inspect={{
              active: active?.table === "dot" ? active : null,
              bind: (cell) => inspection.bind({ table: "dot", ...cell }),
            }}
          />
        </div>
      </div>
      <p className="operand-note">
        d<sub>model</sub> = {dModel}, base {formatNumber(base)}: θᵢ = {formatNumber(base)}^(−2i/{dModel}). Angles are in
        radians.
      </p>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null ? (
          <p>Hover, focus or tap an encoding entry or a dot product to see how it is computed.</p>
        ) : (
          <>
            <p className="expansion">{text.expansion}</p>
            <p>{text.detail}</p>
          </>
        )}
      </div>
      <SinusoidalInWords positions={positions} P={P} D={D} dModel={dModel} />
    </div>
  );
}

/** Sinusoidal encodings and their dot products: editable, linkable, embeddable and downloadable. */
export const SinusoidalExample = editableExample(
  SinusoidalView,
  sinusoidalSpec,
  "Sinusoidal position encoding example",
);
