import { useMemo } from "react";
import {
  explainProjection,
  formatDotExpansion,
  formatDotExpansionSoFar,
  formatNumber,
  projectRow,
  speakTerms,
  speakNumber,
  subscript,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { useSweptInspection } from "../../inspect/useSweep.ts";
import { SweepControls } from "../../inspect/SweepControls.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import type { ProjectionExampleProps } from "./ProjectionExample.schema.ts";
import { ProjectionInWords } from "./ProjectionInWords.tsx";
import { VectorPlot } from "../../charts/vector-plot/VectorPlot.tsx";
import { ordinal } from "../../text/words.ts";
import { projectionSpec } from "./ProjectionExample.editing.ts";
import { projectionValues } from "./ProjectionExample.values.ts";
import { useFrameEdits } from "../../frame/useFrameEdits.ts";

export type { ProjectionExampleProps };

/**
 * y = x·W for one embedding row. Inspecting an output component (hover, focus, tap, arrow keys)
 * marks the input row and the column of W it uses, shows the arithmetic and announces it.
 */
function ProjectionView({ id, x, W }: ProjectionExampleProps) {
  // Kept across hovers, so the plot's layout (memoised on x and y) is not recomputed by one.
  const y = useMemo(() => projectRow(x, W), [x, W]);
  const inspection = useInspection<CellPosition>();
  const editing = useExampleFrame()?.editing ?? false;
  const sweep = useSweptInspection(inspection, { rows: 1, cols: y.length, terms: x.length }, !editing);
  const active = sweep.cell?.col ?? null;
  // The sweep's current term: x_k and W[k][j] are marked as the pair being multiplied.
  const part = (k: number) => (k === sweep.factor ? "factor" : "ingredient");
  const explanation = active === null ? null : explainProjection(x, W, active);
  const outputs = y.map((value) => formatNumber(value)).join(" or ");
  const edit = useFrameEdits();

  return (
    <div
      className="example"
      data-example={id}
      role="group"
      aria-label="Worked projection example"
      onKeyDown={sweep.onKeyDown}
      data-sweeping={sweep.sweeping || undefined}
    >
      <div className="equation-row">
        <div className="operand">
          <p className="operand-title">Input vector x</p>
          <MatrixGrid
            values={[x]}
            edit="x"
            label="Input vector x"
            cellLabel={(_, i, v) => `x${subscript(i)} = ${speakNumber(v)}`}
            roleOf={(_, k) => (active === null ? null : part(k))}
          />
          <p className="operand-note">One token embedding row.</p>
        </div>
        <span className="operator" aria-hidden="true">
          ×
        </span>
        <div className="operand">
          <p className="operand-title">Weight matrix W</p>
          <MatrixGrid
            values={W}
            edit="W"
            label="Weight matrix W"
            cellLabel={(i, j, v) => `W row ${i}, column ${j}: ${speakNumber(v)}`}
            roleOf={(k, j) => (j === active ? part(k) : null)}
          />
          <p className="operand-note">Each output component uses one column of W.</p>
        </div>
        <span className="operator" aria-hidden="true">
          =
        </span>
        <div className="operand">
          <p className="operand-title">Projected vector y</p>
          <MatrixGrid
            values={[y]}
            label="Projected vector y: inspect a component"
            cellLabel={(_, j, v) => `y${subscript(j)} = ${speakNumber(v)}`}
            roleOf={(_, j) => (j === active ? "inspected" : null)}
            inspect={{ active: sweep.cell, bind: sweep.bind }}
          />
          <p className="operand-note" data-hint="">
            Hover, focus or tap {outputs} to inspect it.
          </p>
        </div>
      </div>

      {editing ? null : <SweepControls label="Build y term by term" {...sweep.controls} />}

      <div className="readout" aria-live="polite" aria-atomic="true">
        {explanation === null ? (
          <p data-hint="">Hover or focus {outputs} above to highlight the ingredients of that output component.</p>
        ) : (
          <>
            <p
              className="expansion"
              aria-label={
                sweep.count === null
                  ? `y ${explanation.index} equals ${speakTerms(explanation.terms)}, which is ${speakNumber(explanation.sum)}`
                  : `y ${explanation.index} equals ${speakTerms(explanation.terms.slice(0, sweep.count))}, so far`
              }
            >
              {sweep.count === null
                ? formatDotExpansion(`y${subscript(explanation.index)}`, explanation)
                : formatDotExpansionSoFar(`y${subscript(explanation.index)}`, explanation, sweep.count)}
            </p>
            <p>
              Take the {ordinal(explanation.index)} column of W, multiply it entry by entry with the input row x, then
              add the {explanation.terms.length} products.
            </p>
          </>
        )}
      </div>

      {x.length === 2 && y.length === 2 ? (
        <VectorPlot x={x} y={y} active={active} onMoveInput={edit ? (value) => edit({ x: value }) : undefined} />
      ) : (
        <p className="plot-note">
          The vector plot draws two-component vectors; this example has {x.length} inputs and {y.length} outputs.
        </p>
      )}

      <ProjectionInWords x={x} W={W} />
    </div>
  );
}

/**
 * y = x·W for one embedding row, editable: the learner may change x and W, link to the example
 * with its numbers and inspected output, embed it and download it.
 */
export const ProjectionExample = editableExample(
  ProjectionView,
  projectionSpec,
  "Projection example",
  projectionValues,
);
