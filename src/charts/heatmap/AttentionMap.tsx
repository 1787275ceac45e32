import { useId, useRef, type CSSProperties, type KeyboardEvent } from "react";
import type { Matrix } from "../../math/index.ts";
import type { HeatColours } from "./heat-colour.ts";
import { layoutHeatmap, minimumWidth, type HeatmapLabel, type HeatmapLayout } from "./heatmap-layout.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { nextCell } from "../../inspect/next-cell.ts";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { tokenColourAttributes } from "../../tokens/token-colours.ts";

interface AttentionMapProps {
  /** Row labels: the query tokens. */
  readonly queries: readonly string[];
  /** Column labels: the key tokens. */
  readonly keys: readonly string[];
  /** Softmax weights, shape [queries, keys]; each row sums to 1. */
  readonly weights: Matrix;
  /** Names the figure, e.g. "Attention map of head 1". */
  readonly title: string;
  /** Says what the figure shows without looking, e.g. each query's strongest key. */
  readonly description: string;
  /** Accessible name of cell (i, j), e.g. "“sat” looks at “cat”: weight ≈ 0.69". */
  readonly cellLabel: (row: number, col: number) => string;
  /** The inspected cell: outlined solid, its row dashed, its labels bold. */
  readonly active: CellPosition | null;
  /** Makes a cell inspect itself on hover, focus and tap. */
  readonly bind: (cell: CellPosition) => InspectHandlers;
  /**
   * The same number inspected in another figure (e.g. the map before the tokens were reordered):
   * outlined dashed here, with its query and key labels bold. Null or absent for none.
   */
  readonly echo?: CellPosition | null;
  /**
   * The token (sentence position) of each query row and each key column: a stripe in that token's
   * colour beside its label (src/tokens/). Absent: no stripes.
   */
  readonly tokens?: { readonly queries: readonly number[]; readonly keys: readonly number[] };
}

/** Fill and ink of both themes as custom properties; the stylesheet picks by colour scheme. */
function themeColours(c: HeatColours): CSSProperties {
  return {
    "--fill-light": c.fillLight,
    "--fill-dark": c.fillDark,
    "--ink-light": c.inkLight,
    "--ink-dark": c.inkDark,
  } as CSSProperties;
}

function Label({ label, active, dy }: { label: HeatmapLabel; active?: boolean; dy?: string }) {
  return (
    <text x={label.x} y={label.y} dy={dy} textAnchor={label.anchor} data-active={active ? "true" : undefined}>
      {label.text}
    </text>
  );
}

/**
 * A short bar in each token's colour between its label and the grid: upright beside a query
 * label, flat under a key label.
 */
function TokenMarkers({ layout, tokens }: { layout: HeatmapLayout; tokens: NonNullable<AttentionMapProps["tokens"]> }) {
  return (
    <>
      {layout.rowLabels.map((label, i) => (
        <rect
          key={`qt${i}`}
          className="token-marker"
          x={label.x + 2}
          y={label.y - 14}
          width={4}
          height={28}
          {...tokenColourAttributes(tokens.queries[i])}
        />
      ))}
      {layout.colLabels.map((label, j) => (
        <rect
          key={`kt${j}`}
          className="token-marker"
          x={label.x - 14}
          y={label.y + 4}
          width={28}
          height={3}
          {...tokenColourAttributes(tokens.keys[j])}
        />
      ))}
    </>
  );
}

/**
 * A heatmap of attention weights: one row per query, one column per key, each cell coloured by
 * its weight and labelled with the number, so colour is never the only channel. Each cell is a
 * button (one tab stop; arrows, Home and End move), and the inspected cell's row is marked.
 */
export function AttentionMap({
  queries,
  keys,
  weights,
  title,
  description,
  cellLabel,
  active,
  bind,
  echo = null,
  tokens,
}: AttentionMapProps) {
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const layout = layoutHeatmap(queries, keys, weights);
  const { legend } = layout;
  const current = active ?? echo ?? { row: 0, col: 0 };
  const marked = active ?? echo;

  const moveFocus = (event: KeyboardEvent) => {
    const target = nextCell(event.key, current, queries.length, keys.length);
    if (!target) return;
    event.preventDefault();
    svgRef.current?.querySelector<SVGGElement>(`[data-cell="${target.row}-${target.col}"]`)?.focus();
  };

  return (
    <figure className="attention-map">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: `${layout.width * 1.15}px`, minWidth: `${minimumWidth(layout.width)}px` }}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        onKeyDown={moveFocus}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <linearGradient id={`${id}-ramp`}>
            <stop offset="0" className="heat-stop" style={themeColours(legend.low)} />
            <stop offset="1" className="heat-stop" style={themeColours(legend.high)} />
          </linearGradient>
        </defs>
        <g aria-hidden="true" className="heat-labels">
          {layout.axisTitles.map((label) => (
            <Label key={label.text} label={label} />
          ))}
          {layout.colLabels.map((label, j) => (
            <Label key={`k${j}`} label={label} active={marked?.col === j} />
          ))}
          {layout.rowLabels.map((label, i) => (
            <Label key={`q${i}`} label={label} active={marked?.row === i} dy="0.35em" />
          ))}
          {tokens ? <TokenMarkers layout={layout} tokens={tokens} /> : null}
          <rect
            x={legend.x}
            y={legend.y}
            width={legend.width}
            height={legend.height}
            fill={`url(#${id}-ramp)`}
            className="heat-legend-bar"
          />
          {legend.labels.map((label) => (
            <Label key={label.text} label={label} />
          ))}
        </g>
        {layout.cells.map((cell) => {
          const { row, col } = cell;
          const inspected = active?.row === row && active.col === col;
          const echoed = echo?.row === row && echo.col === col;
          return (
            <g
              key={`${row}-${col}`}
              className="heat-cell"
              role="button"
              tabIndex={current.row === row && current.col === col ? 0 : -1}
              aria-label={cellLabel(row, col)}
              aria-pressed={inspected}
              data-cell={`${row}-${col}`}
              data-role={inspected ? "inspected" : echoed || active?.row === row ? "ingredient" : undefined}
              style={themeColours(cell.colours)}
              {...bind({ row, col })}
            >
              <rect x={cell.x} y={cell.y} width={cell.size} height={cell.size} rx={4} />
              <text x={cell.centre.x} y={cell.centre.y} dy="0.35em" textAnchor="middle">
                {cell.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
