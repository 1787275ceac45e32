import { speakNumber, subscript, type Matrix } from "../../math/index.ts";
import { MatrixGrid, type CellPosition, type CellRole } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import type { KvPart, KvTarget } from "./KvCacheReadout.tsx";
import { formatWeight } from "../../text/weight-format.ts";
import { spokenSubscripts, withSubscripts } from "../../notation/subscripts.tsx";
import { tokenPositions } from "../../tokens/token-colours.ts";

/** Parts that are shown but not inspected: the layer's input and its weight matrices. */
export type KvShownPart = KvPart | "x" | "X" | "Wq" | "Wk" | "Wv";

interface KvGridProps {
  /** Heading above the matrix, also its accessible name; "W_Q" is typeset W<sub>Q</sub> and spoken "W sub Q". */
  readonly title: string;
  /** Symbol used in cell names, e.g. "K", "q" or "W_Q". */
  readonly symbol: string;
  readonly values: Matrix;
  readonly part: KvShownPart;
  readonly layer: number;
  /** What is inspected in this section now, or null. */
  readonly active: KvTarget | null;
  /** The shared inspection's handlers; cells are buttons only for inspectable parts. */
  readonly bind: (target: KvTarget) => InspectHandlers;
  /** How each cell takes part in what is inspected now. */
  readonly roleOf: (part: KvShownPart, row: number, col: number) => CellRole;
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
  /**
   * Whether the row labels (and the column labels) are the sentence's tokens in order, from
   * position 0: their headers then carry each token's colour.
   */
  readonly tokenLabels?: boolean;
  /** A note under the matrix. */
  readonly note?: string;
  /** Extra class on the operand, e.g. to mark the cache's new row. */
  readonly className?: string;
  /** Whether the cells are buttons (inspectable); true for every part except x, X and W. */
  readonly inspectable?: boolean;
}

/** A cell's accessible name: "K row 3 (mat), column 1: minus 4" or "q₁: 1" for a one-row part. */
function cellName(
  symbol: string,
  values: Matrix,
  rowLabels: readonly string[] | undefined,
  colLabels: readonly string[] | undefined,
  part: KvShownPart,
) {
  return (i: number, j: number, v: number) => {
    const shown = part === "weights" ? formatWeight(v) : speakNumber(v);
    const name = spokenSubscripts(symbol);
    if (values.length === 1) return `${name}${subscript(j)}${colLabels ? ` (${colLabels[j]})` : ""}: ${shown}`;
    return `${name} row ${i}${rowLabels ? ` (${rowLabels[i]})` : ""}, column ${j}: ${shown}`;
  };
}

/** One matrix or row of a KV cache step, wired to the example's shared inspection. */
export function KvGrid({
  title,
  symbol,
  values,
  part,
  layer,
  active,
  bind,
  roleOf,
  rowLabels,
  colLabels,
  note,
  className,
  inspectable = true,
  tokenLabels = false,
}: KvGridProps) {
  const mine = active && active.layer === layer && active.part === part ? active : null;
  return (
    <div className={`operand kv-operand${className ? ` ${className}` : ""}`}>
      <p className="operand-title">{withSubscripts(title)}</p>
      <MatrixGrid
        values={values}
        label={spokenSubscripts(layer < 0 ? title : `Layer ${layer + 1}: ${title}`)}
        rowLabels={rowLabels}
        colLabels={colLabels}
        rowTokens={tokenLabels && rowLabels ? tokenPositions(rowLabels.length) : undefined}
        colTokens={tokenLabels && colLabels ? tokenPositions(colLabels.length) : undefined}
        format={part === "weights" ? (w) => formatWeight(w) : undefined}
        cellLabel={cellName(symbol, values, rowLabels, colLabels, part)}
        roleOf={(i, j) => roleOf(part, i, j)}
        inspect={
          inspectable
            ? { active: mine as CellPosition | null, bind: (cell) => bind({ layer, part: part as KvPart, ...cell }) }
            : undefined
        }
      />
      {note ? <p className="operand-note">{withSubscripts(note)}</p> : null}
    </div>
  );
}
