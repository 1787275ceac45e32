import { subscript, type OnlineSoftmaxStep } from "../../math/index.ts";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { partInspect } from "../../inspect/part-inspection.ts";
import type { Inspection } from "../../inspect/useInspection.ts";
import { positionsText, show } from "../../text/tiled-text.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { STATE_COLUMNS, type OnlineTarget } from "./OnlineSoftmaxExample.editing.ts";
import type { OnlineGrid } from "./online-softmax-roles.ts";

interface OnlineSoftmaxStateProps {
  /** The tiles read so far, in order. */
  readonly read: readonly OnlineSoftmaxStep[];
  readonly inspection: Inspection<OnlineTarget>;
  readonly roleOf: (grid: OnlineGrid, row: number, col: number) => CellRole;
}

const WORDS = ["tile max", "m", "factor", "l"] as const;

/**
 * The running state, one row per tile read: the tile's largest score, m after it, the factor
 * exp(m before − m after) that rescaled the old sum, and l after it; under it, exp(s − m) of each
 * score of the tile just read. Before any tile: m = −∞ and l = 0, said in words.
 */
export function OnlineSoftmaxState({ read, inspection, roleOf }: OnlineSoftmaxStateProps) {
  const last = read.at(-1);
  if (last === undefined) {
    return (
      <p className="online-start">
        Nothing read yet: m = −∞ and l = 0. <strong>Step</strong> reads tile 0.
      </p>
    );
  }
  const t = read.length - 1;
  const rows = read.map((s) => [s.tileMax, s.maxAfter, s.rescale, s.sumAfter]);
  return (
    <div className="equation-row online-state">
      <div className="operand operand-wide">
        <p className="operand-title">Running state after each tile</p>
        <MatrixGrid
          values={rows}
          label="Running state: inspect a tile’s max, m, factor or l"
          rowLabels={read.map((_, r) => `tile ${r}`)}
          colLabels={[...STATE_COLUMNS]}
          format={show}
          cellLabel={(r, c, v) => `tile ${r}, ${WORDS[c]} ${equalsOrApprox(v, 3)}`}
          roleOf={(r, c) => roleOf("state", r, c)}
          inspect={partInspect(inspection, "state")}
        />
        <p className="operand-note">Started from m = −∞ and l = 0; factor = exp(m before − m after).</p>
      </div>
      <div className="operand operand-wide">
        <p className="operand-title">exp(s − m), tile {t}</p>
        <MatrixGrid
          values={[last.terms.map((term) => term.exp)]}
          label={`exp(s − m) for tile ${t}: inspect one`}
          colLabels={last.terms.map((term) => `s${subscript(term.index)}`)}
          format={show}
          cellLabel={(_, k, v) => `exp(s${subscript(last.terms[k]!.index)} − m) ${equalsOrApprox(v, 3)}`}
          roleOf={(r, c) => roleOf("exp", r, c)}
          inspect={partInspect(inspection, "exp")}
        />
        <p className="operand-note">
          The {positionsText(last.start, last.terms.length)}, shifted by m = {show(last.maxAfter)}: they join l.
        </p>
      </div>
    </div>
  );
}
