import { explainAngle, speakNumber, speakTerms, subscript } from "../math/index.ts";
import type { DotProductExampleProps } from "./DotProductExample.schema.ts";
import { DotProductInWords } from "./DotProductInWords.tsx";
import { DotProductPlot } from "./DotProductPlot.tsx";
import { QUANTITIES } from "./dot-product-words.ts";
import { MatrixGrid, type CellPosition } from "./inspect/MatrixGrid.tsx";
import { useInspection } from "./inspect/useInspection.ts";

export type { DotProductExampleProps };

/** Which of a and b each result (by index in QUANTITIES) is read from directly. */
const READS = [["a", "b"], ["a"], ["b"], [], []];

/**
 * a·b and what it says about direction. Inspecting a result (a·b, |a|, |b|, cos θ, b on a) marks
 * the entries and results it is made from and the part of the plot it is read from.
 */
export function DotProductExample({ id, a, b }: DotProductExampleProps) {
  const e = explainAngle(a, b);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active?.col ?? null;
  const quantity = active === null ? null : QUANTITIES[active]!;

  return (
    <div className="example dot-product" data-example={id} role="group" aria-label="Worked dot product example" onKeyDown={inspection.onKeyDown}>
      <div className="equation-row">
        {[a, b].map((values, k) => {
          const name = k === 0 ? "a" : "b";
          return (
            <div key={name} className="operand">
              <p className="operand-title">Vector {name}</p>
              <MatrixGrid
                values={[values]}
                label={`Vector ${name}`}
                cellLabel={(_, i, v) => `${name}${subscript(i)} = ${speakNumber(v)}`}
                roleOf={() => (active !== null && READS[active]!.includes(name) ? "ingredient" : null)}
              />
            </div>
          );
        })}
        <div className="operand">
          <p className="operand-title">Results</p>
          <MatrixGrid
            values={[QUANTITIES.map((q) => q.value(e))]}
            label="Results: inspect one"
            cellLabel={(_, col, v) => `${QUANTITIES[col]!.spoken} = ${speakNumber(v)}`}
            roleOf={(_, col) => (col === active ? "inspected" : quantity?.uses.includes(col) ? "ingredient" : null)}
            inspect={{ active: inspection.active, bind: inspection.bind }}
            colLabels={QUANTITIES.map((q) => q.header)}
          />
        </div>
      </div>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {quantity === null ? (
          <p>Hover, focus or tap a result above to see how it is computed from a and b.</p>
        ) : (
          <>
            <p className="expansion" aria-label={active === 0 ? `a dot b equals ${speakTerms(e.dot.terms)}, which is ${speakNumber(e.dot.sum)}` : undefined}>
              {quantity.expansion(e)}
            </p>
            <p>{quantity.meaning(e)}</p>
          </>
        )}
      </div>

      {a.length === 2 ? (
        <DotProductPlot a={a} b={b} explanation={e} active={active} />
      ) : (
        <p className="plot-note">The plot draws two-component vectors; these have {a.length}.</p>
      )}

      <DotProductInWords a={a} b={b} explanation={e} />
    </div>
  );
}
