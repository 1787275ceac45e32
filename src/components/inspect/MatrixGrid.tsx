import { useRef, type KeyboardEvent } from "react";
import { formatNumber, type Matrix } from "../../math/index.ts";
import type { InspectHandlers } from "./useInspection.ts";

/** How a cell takes part in what is inspected; shown by outline style, not colour alone. */
export type CellRole = "inspected" | "ingredient" | null;

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

interface MatrixGridProps {
  /** The numbers, as rows; a row vector is a one-row matrix. */
  readonly values: Matrix;
  /** Accessible name of the whole matrix, e.g. "Weight matrix W". */
  readonly label: string;
  /** Accessible name of one cell, e.g. "W row 0, column 1: 10". */
  readonly cellLabel: (row: number, col: number, value: number) => string;
  /** The role of each cell in the current inspection. */
  readonly roleOf?: (row: number, col: number) => CellRole;
  /** When given, cells are buttons that inspect themselves (hover, focus, tap, arrow keys). */
  readonly inspect?: { readonly active: CellPosition | null; readonly bind: (cell: CellPosition) => InspectHandlers };
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * A matrix drawn between brackets. Inspectable cells form one tab stop (roving tabindex): Tab
 * enters the matrix at the inspected cell, arrow keys, Home and End move between cells.
 */
export function MatrixGrid({ values, label, cellLabel, roleOf, inspect }: MatrixGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const current = inspect?.active ?? { row: 0, col: 0 };

  const moveFocus = (event: KeyboardEvent) => {
    const delta = ARROWS[event.key];
    let target: CellPosition | undefined;
    if (delta) {
      target = {
        row: Math.min(rows - 1, Math.max(0, current.row + delta[0])),
        col: Math.min(cols - 1, Math.max(0, current.col + delta[1])),
      };
    } else if (event.key === "Home") target = { row: current.row, col: 0 };
    else if (event.key === "End") target = { row: current.row, col: cols - 1 };
    if (!target) return;
    event.preventDefault();
    gridRef.current?.querySelector<HTMLElement>(`[data-cell="${target.row}-${target.col}"]`)?.focus();
  };

  return (
    <div
      ref={gridRef}
      className="matrix"
      role="group"
      aria-label={label}
      style={{ gridTemplateColumns: `repeat(${cols}, auto)` }}
      onKeyDown={inspect ? moveFocus : undefined}
    >
      {values.map((rowValues, row) =>
        rowValues.map((value, col) => {
          const role = roleOf?.(row, col) ?? null;
          const text = formatNumber(value);
          const common = { "data-cell": `${row}-${col}`, "data-role": role ?? undefined, className: "cell" } as const;
          if (!inspect) {
            return (
              <span key={`${row}-${col}`} {...common} role="img" aria-label={cellLabel(row, col, value)}>
                {text}
              </span>
            );
          }
          const isCurrent = current.row === row && current.col === col;
          return (
            <button
              key={`${row}-${col}`}
              type="button"
              {...common}
              tabIndex={isCurrent ? 0 : -1}
              aria-label={cellLabel(row, col, value)}
              aria-pressed={role === "inspected"}
              {...inspect.bind({ row, col })}
            >
              {text}
            </button>
          );
        }),
      )}
    </div>
  );
}
