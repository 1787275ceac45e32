import { useId } from "react";
import type { Matrix } from "../../math/index.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { SHARES_WIDTH, layoutRowShares } from "./row-shares-layout.ts";
import { formatWeight } from "../../text/weight-format.ts";
import { ChartSvg } from "../ChartSvg.tsx";

interface RowSharesProps {
  readonly weights: Matrix;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** The inspected weight, outlined in its row's bar. */
  readonly active: CellPosition | null;
}

/**
 * Each query's weights as one bar cut into its keys' shares. Every bar is full: the weights in a
 * row always add up to 1, however the scores were spread. A masked key has no share at all.
 */
export function RowShares({ weights, rowLabels, colLabels, active }: RowSharesProps) {
  const id = useId();
  const layout = layoutRowShares(weights);
  const description = weights
    .map((row, i) => `${rowLabels[i]}: ${row.map((w, j) => `${colLabels[j]} ${formatWeight(w)}`).join(", ")}.`)
    .join(" ");
  return (
    <figure className="row-shares">
      <ChartSvg
        id={id}
        width={SHARES_WIDTH}
        height={layout.height}
        title="Each query’s weights as shares of one bar"
        description={description}
      >
        {layout.rows.map((row, i) => (
          <g key={i} aria-hidden="true">
            <text className="share-row-label" x={layout.barLeft} dx="-6" y={row.centerY} dy="0.35em" textAnchor="end">
              {rowLabels[i]}
            </text>
            {row.segments.map((segment) => (
              <g
                key={segment.key}
                className={`share share-${segment.key % 2 === 0 ? "even" : "odd"}`}
                data-active={active?.row === i && active.col === segment.key ? "true" : undefined}
              >
                <rect x={segment.x} y={row.y} width={segment.width} height={row.height} />
                {segment.labelled ? (
                  <text x={segment.center} y={row.centerY} dy="0.35em" textAnchor="middle">
                    {colLabels[segment.key]}
                  </text>
                ) : null}
              </g>
            ))}
          </g>
        ))}
      </ChartSvg>
      <figcaption>
        Each bar is one query’s weights laid end to end; they always fill the bar, because a row sums to 1.
      </figcaption>
    </figure>
  );
}
