import { subscript, type FlashStep, type Matrix } from "../../math/index.ts";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { partInspect } from "../../inspect/part-inspection.ts";
import type { Inspection } from "../../inspect/useInspection.ts";
import { show } from "../../text/tiled-text.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { FLASH_STATE_COLUMNS, type FlashTarget } from "./FlashAttentionExample.editing.ts";
import type { FlashGrid } from "./flash-roles.ts";
import { keysText, queriesText } from "./flash-text.ts";

interface FlashStepViewProps {
  readonly step: FlashStep;
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
  readonly inspection: Inspection<FlashTarget>;
  readonly roleOf: (grid: FlashGrid, row: number, col: number) => CellRole;
}

const sub = (letter: string, start: number, count: number) =>
  Array.from({ length: count }, (_, k) => `${letter}${subscript(start + k)}`);

/**
 * One step on chip: the Q block and the arriving K and V blocks, the block's scaled scores, each
 * query's running m, factor and l, exp(s − m), and the running output Õ before and after.
 */
export function FlashStepView({ step, Q, K, V, inspection, roleOf }: FlashStepViewProps) {
  const rows = step.rowEnd - step.rowStart;
  const cols = step.colEnd - step.colStart;
  const qLabels = sub("q", step.rowStart, rows);
  const kLabels = sub("k", step.colStart, cols);
  const vLabels = sub("v", step.colStart, cols);
  const dv = V[0]!.length;
  const cLabels = Array.from({ length: dv }, (_, c) => `col ${c}`);
  const shown = (
    title: string,
    grid: FlashGrid,
    values: Matrix,
    label: string,
    r: string[],
    c: string[],
    note?: string,
  ) => (
    <div className={grid === "state" || grid === "p" || grid === "out" ? "operand operand-wide" : "operand"}>
      <p className="operand-title">{title}</p>
      <MatrixGrid
        values={values}
        label={label}
        rowLabels={r}
        colLabels={c}
        format={show}
        cellLabel={(i, j, v) => `${r[i]}, ${c[j]} ${equalsOrApprox(v, 3)}`}
        roleOf={(i, j) => roleOf(grid, i, j)}
        {...(grid === "state" || grid === "p" || grid === "out" ? { inspect: partInspect(inspection, grid) } : {})}
      />
      {note === undefined ? null : <p className="operand-note">{note}</p>}
    </div>
  );
  return (
    <section
      className="flash-step"
      aria-label={`On chip: ${queriesText(step.rowStart, step.rowEnd)} with ${keysText(step.colStart, step.colEnd)}`}
    >
      <p className="operand-title">
        On chip now: {queriesText(step.rowStart, step.rowEnd)} with {keysText(step.colStart, step.colEnd)}
      </p>
      <div className="equation-row">
        {shown("Q block", "qblock", Q.slice(step.rowStart, step.rowEnd), "Q block", qLabels, sub("d", 0, Q[0]!.length))}
        {shown("K block", "kblock", K.slice(step.colStart, step.colEnd), "K block", kLabels, sub("d", 0, K[0]!.length))}
        {shown("V block", "vblock", V.slice(step.colStart, step.colEnd), "V block", vLabels, cLabels)}
      </div>
      <div className="equation-row">
        {shown("s = q·k / √dₖ", "score", step.scores, "Scaled scores of the block", qLabels, kLabels)}
        {shown(
          "Running state",
          "state",
          step.rows.map((r) => [r.maxAfter, r.rescale, r.sumAfter]),
          "Running state of the block’s queries: inspect m, factor or l",
          qLabels,
          [...FLASH_STATE_COLUMNS],
          "factor = exp(m before − m after); 0 for a query’s first block.",
        )}
        {shown("exp(s − m)", "p", step.P, "exp(s − m) of the block: inspect one", qLabels, kLabels)}
      </div>
      <div className="equation-row">
        {shown("Õ before", "before", step.outputBefore, "Running output before this block", qLabels, cLabels)}
        {shown(
          "Õ after",
          "out",
          step.outputAfter,
          "Running output after this block: inspect one",
          qLabels,
          cLabels,
          "Õ after = factor · Õ before + exp(s − m) · V block.",
        )}
      </div>
    </section>
  );
}
