import type { ReactNode } from "react";
import { speakNumber, subscript, type Matrix } from "../../math/index.ts";
import { MatrixGrid, type CellPosition, type CellRole } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { formatWeight } from "../../text/weight-format.ts";
import type { GroupedTarget } from "./GroupedKvTarget.ts";
import type { GroupedShownPart } from "./GroupedRoles.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

/** A target without its step: the step view adds it. */
export type StepTarget = Omit<GroupedTarget, "step">;

interface GroupedGridProps {
  /** Heading above the matrix; also its accessible name unless `label` is given. */
  readonly title: ReactNode;
  /** The accessible name when the title is not plain text (after the owner). */
  readonly label?: string;
  /** Whose numbers these are, first in the matrix's and each cell's name: "Layer 1, query head 3". */
  readonly owner: string;
  /** Symbol used in cell names, e.g. "K" or "q". */
  readonly symbol: string;
  readonly values: Matrix;
  readonly part: GroupedShownPart;
  readonly layer: number;
  /** The cell's query head or KV head (0-based), −1 for a layer's own parts. */
  readonly head: number;
  /** What is inspected in this section now, or null. */
  readonly active: GroupedTarget | null;
  readonly bind: (target: StepTarget) => InspectHandlers;
  readonly roleOf: (part: GroupedShownPart, head: number, row: number, col: number) => CellRole;
  readonly rowLabels?: readonly string[];
  /**
   * Whether the row labels (and the column labels) are the sentence's tokens in order, from
   * position 0: their headers then carry each token's colour.
   */
  readonly tokenLabels?: boolean;
  readonly colLabels?: readonly string[];
  readonly note?: ReactNode;
  readonly className?: string;
  /** Whether the cells are buttons; false for the layer's input. */
  readonly inspectable?: boolean;
}

/** A cell's accessible name: "Layer 1, KV head 2: K row 3 (sat, new), column 0: 2" or "…: q₁: −1". */
function cellName(grid: GroupedGridProps) {
  const { owner, symbol, values, rowLabels, colLabels, part } = grid;
  return (i: number, j: number, v: number) => {
    const shown = part === "weights" ? formatWeight(v) : speakNumber(v);
    if (values.length === 1)
      return `${owner}: ${symbol}${subscript(j)}${colLabels ? ` (${colLabels[j]})` : ""}: ${shown}`;
    return `${owner}: ${symbol} row ${i}${rowLabels ? ` (${rowLabels[i]})` : ""}, column ${j}: ${shown}`;
  };
}

/** One matrix or row of the grouped step-through, wired to the step's shared inspection. */
export function GroupedGrid(props: GroupedGridProps) {
  const { title, label, owner, values, part, layer, head, active, bind, roleOf, rowLabels, colLabels, note } = props;
  const { className, inspectable = true, tokenLabels = false } = props;
  const mine = active && active.layer === layer && active.part === part && active.head === head ? active : null;
  return (
    <div className={`operand kv-operand${className ? ` ${className}` : ""}`}>
      <p className="operand-title">{title}</p>
      <MatrixGrid
        values={values}
        label={`${owner}: ${label ?? String(title)}`}
        rowLabels={rowLabels}
        colLabels={colLabels}
        rowTokens={tokenLabels && rowLabels ? tokenPositions(rowLabels.length) : undefined}
        colTokens={tokenLabels && colLabels ? tokenPositions(colLabels.length) : undefined}
        format={part === "weights" ? (w) => formatWeight(w) : undefined}
        cellLabel={cellName(props)}
        roleOf={(i, j) => roleOf(part, head, i, j)}
        inspect={
          inspectable
            ? {
                active: mine as CellPosition | null,
                bind: (cell) => bind({ layer, part: part as GroupedTarget["part"], head, ...cell }),
              }
            : undefined
        }
      />
      {note ? <p className="operand-note">{note}</p> : null}
    </div>
  );
}
