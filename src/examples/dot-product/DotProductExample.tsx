import { useMemo } from "react";
import { formatNumber, speakNumber, speakTerms, subscript, type Vector } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import type { DotProductExampleProps } from "./DotProductExample.schema.ts";
import { DotProductInWords } from "./DotProductInWords.tsx";
import { DotProductPlot } from "../../charts/dot-product-plot/DotProductPlot.tsx";
import { QUANTITIES, hasAngle, readDotProduct, zeroVectors } from "../../text/dot-product-words.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { formatVector } from "../../text/words.ts";
import { dotProductSpec } from "./DotProductExample.editing.ts";
import { dotProductValues } from "./DotProductExample.values.ts";
import { useFrameEdits } from "../../frame/useFrameEdits.ts";

export type { DotProductExampleProps };

/** Which of a and b each result (by index in QUANTITIES) is read from directly. */
const READS = [["a", "b"], ["a"], ["b"], [], []];

/** Why the plot is not drawn for these vectors, or null when it is. */
function plotNote(a: Vector, b: Vector, zero: string | null): string | null {
  if (a.length !== 2) return `The plot draws two-component vectors; these have ${a.length}.`;
  if (zero === null) return null;
  const which =
    zero === "both a and b"
      ? `a = ${formatVector(a)} and b = ${formatVector(b)} are`
      : `${zero} = ${formatVector(zero === "a" ? a : b)} is`;
  return `The plot draws the angle between two arrows; ${which} the zero vector, which has no arrow and no direction.`;
}

/**
 * a·b and what it says about direction. Inspecting a result (a·b, |a|, |b|, cos θ, b on a) marks
 * the entries and results it is made from and the part of the plot it is read from. A zero
 * vector is allowed: its angle to b (and b's shadow on a zero a) is shown as undefined.
 */
function DotProductView({ id, a, b }: DotProductExampleProps) {
  // Kept across hovers, so the plot's layout and the text version see the same numbers and skip work.
  const e = useMemo(() => readDotProduct(a, b), [a, b]);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active?.col ?? null;
  const quantity = active === null ? null : QUANTITIES[active]!;
  const results = QUANTITIES.map((q) => q.value(e));
  const note = plotNote(a, b, zeroVectors(e));
  const edit = useFrameEdits();

  return (
    <div
      className="example dot-product"
      data-example={id}
      role="group"
      aria-label="Worked dot product example"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        {[a, b].map((values, k) => {
          const name = k === 0 ? "a" : "b";
          return (
            <div key={name} className="operand">
              <p className="operand-title">Vector {name}</p>
              <MatrixGrid
                values={[values]}
                edit={name}
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
            values={[results.map((value) => value ?? 0)]}
            format={(value, _, col) => (results[col] === null ? "—" : formatNumber(value))}
            label="Results: inspect one"
            cellLabel={(_, col, v) =>
              `${QUANTITIES[col]!.spoken} ${results[col] === null ? "is undefined" : `= ${speakNumber(v)}`}`
            }
            roleOf={(_, col) => (col === active ? "inspected" : quantity?.uses.includes(col) ? "ingredient" : null)}
            inspect={{ active: inspection.active, bind: inspection.bind }}
            colLabels={QUANTITIES.map((q) => q.header)}
          />
        </div>
      </div>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {quantity === null ? (
          <p data-hint="">Hover, focus or tap a result above to see how it is computed from a and b.</p>
        ) : (
          <>
            <p
              className="expansion"
              aria-label={
                active === 0
                  ? `a dot b equals ${speakTerms(e.dot.terms)}, which is ${speakNumber(e.dot.sum)}`
                  : undefined
              }
            >
              {quantity.expansion(e)}
            </p>
            <p>{quantity.meaning(e)}</p>
          </>
        )}
      </div>

      {note === null && hasAngle(e) ? (
        <DotProductPlot
          a={a}
          b={b}
          explanation={e}
          active={active}
          onMoveTip={edit ? (key, value) => edit({ [key]: value }) : undefined}
        />
      ) : (
        <p className="plot-note">{note}</p>
      )}

      <DotProductInWords a={a} b={b} explanation={e} />
    </div>
  );
}

/**
 * a·b, the lengths, the angle and b's shadow on a, editable: the learner may change a and b, link
 * to the example with its numbers and inspected result, embed it and download it.
 */
export const DotProductExample = editableExample(
  DotProductView,
  dotProductSpec,
  "Dot product example",
  dotProductValues,
);
