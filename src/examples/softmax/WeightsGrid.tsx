import { formatNumber, rowSums, subscript, type Matrix } from "../../math/index.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import type { Inspection } from "../../inspect/useInspection.ts";
import { formatWeight, weightRelation } from "../../text/weight-format.ts";

interface WeightsGridProps {
  /** Softmax weights, one row per query. */
  readonly weights: Matrix;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly inspection: Inspection<CellPosition>;
  /** Keys hidden from a query, whose weight is exactly 0 by construction. */
  readonly isMasked?: (row: number, col: number) => boolean;
  /** The token of each query row and key column (self-attention: the same list), for their colours. */
  readonly tokens?: readonly number[];
}

/**
 * The weight matrix, each cell inspectable, beside the sum of each row: softmax shares one unit
 * of attention among a query's keys, so every sum is 1.
 */
export function WeightsGrid({ weights, rowLabels, colLabels, inspection, isMasked, tokens }: WeightsGridProps) {
  const active = inspection.active;
  const sums = rowSums(weights).map((total) => [total]);
  return (
    <div className="weights-and-sums">
      <MatrixGrid
        values={weights}
        label="Weights: inspect a weight"
        rowLabels={rowLabels}
        colLabels={colLabels}
        rowTokens={tokens}
        colTokens={tokens}
        format={(w) => formatWeight(w)}
        isMasked={isMasked}
        cellLabel={(i, j, w) =>
          `A${subscript(i)}${subscript(j)} ${weightRelation(w)}${isMasked?.(i, j) ? " (masked)" : ""}`
        }
        roleOf={(i, j) => (active?.row === i && active.col === j ? "inspected" : null)}
        inspect={{ active, bind: inspection.bind }}
      />
      <MatrixGrid
        values={sums}
        label="Row sums"
        colLabels={["sum"]}
        cellLabel={(i, _, total) => `row ${i} sums to ${formatNumber(total)}`}
      />
    </div>
  );
}
