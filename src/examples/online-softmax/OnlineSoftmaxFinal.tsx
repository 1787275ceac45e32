import { TILED_TOLERANCE, type OnlineSoftmaxCheck } from "../../math/index.ts";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { partInspect } from "../../inspect/part-inspection.ts";
import type { Inspection } from "../../inspect/useInspection.ts";
import { formatDifference, show } from "../../text/tiled-text.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import type { OnlineTarget } from "./OnlineSoftmaxExample.editing.ts";
import type { OnlineGrid } from "./online-softmax-roles.ts";

interface OnlineSoftmaxFinalProps {
  readonly check: OnlineSoftmaxCheck;
  /** True when every tile is read; before that the weights cannot be known. */
  readonly done: boolean;
  readonly inspection: Inspection<OnlineTarget>;
  readonly roleOf: (grid: OnlineGrid, row: number, col: number) => CellRole;
}

/** The comparison in words: identical, equal up to rounding, or different. */
export function verdictText(difference: number): string {
  if (difference === 0) return "the two rows agree to the last digit (largest difference 0).";
  const d = formatDifference(difference);
  return difference <= TILED_TOLERANCE
    ? `the two rows differ by at most ${d}, rounding in the last digits of a 64-bit float: the same exps are added in another order.`
    : `the two rows differ by up to ${d}.`;
}

/**
 * After the last tile: the weights exp(s − m) / l from the running m and l, beside softmax(s)
 * computed in one pass over the whole row, and the largest difference between the two rows,
 * measured, not claimed.
 */
export function OnlineSoftmaxFinal({ check, done, inspection, roleOf }: OnlineSoftmaxFinalProps) {
  if (!done) {
    return (
      <p className="online-waiting">
        The weights need the final m and l: step to the last tile to see them beside the plain softmax.
      </p>
    );
  }
  const { online, plain, difference, equal } = check;
  // Columns are the keys, by index: softmax(s)ⱼ is the weight of key j.
  const labels = plain.map((_, j) => String(j));
  return (
    <section className="online-final" aria-label="The weights, online and all at once">
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">Online: exp(s − m) / l</p>
          <MatrixGrid
            values={[online.weights]}
            label="Weights from the running m and l: inspect one"
            colLabels={labels}
            format={show}
            cellLabel={(_, j, v) => `online weight of key ${j} ${equalsOrApprox(v, 3)}`}
            roleOf={(r, c) => roleOf("weight", r, c)}
            inspect={partInspect(inspection, "weight")}
          />
        </div>
        <div className="operand operand-wide">
          <p className="operand-title">All at once: softmax(s)</p>
          <MatrixGrid
            values={[plain]}
            label="Softmax of the whole row, computed directly: inspect one"
            colLabels={labels}
            format={show}
            cellLabel={(_, j, v) => `softmax weight of key ${j} ${equalsOrApprox(v, 3)}`}
            roleOf={(r, c) => roleOf("plain", r, c)}
            inspect={partInspect(inspection, "plain")}
          />
        </div>
      </div>
      <p className="tiled-verdict" data-verdict={equal ? "equal" : "different"}>
        <strong>{equal ? "Equal" : "Not equal"}</strong>: {verdictText(difference)}
      </p>
    </section>
  );
}
