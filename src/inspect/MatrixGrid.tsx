import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import { formatNumber, type Matrix } from "../math/index.ts";
import { useExampleFrame } from "../frame/context.ts";
import type { InspectHandlers } from "./useInspection.ts";
import { tokenColourAttributes } from "../tokens/token-colours.ts";
import { memoByValue } from "./memo-by-value.ts";

/**
 * How a cell takes part in what is inspected; shown by outline style, not colour alone. A
 * "factor" is an ingredient a sweep is multiplying right now (src/inspect/sweep.ts).
 */
export type CellRole = "inspected" | "ingredient" | "factor" | null;

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
  /** Visible row headers (e.g. token names), one per row; screen readers get the row from cellLabel. */
  readonly rowLabels?: readonly string[];
  /** Visible column headers, one per column; screen readers get the column from cellLabel. */
  readonly colLabels?: readonly string[];
  /**
   * The token (sentence position) each row belongs to: its row header gets that token's colour
   * stripe (see src/tokens/). Drawn only on headers, so give rowLabels too; the name stays the cue.
   */
  readonly rowTokens?: readonly number[];
  /** The token each column belongs to (e.g. the keys of a score matrix), marked on colLabels. */
  readonly colTokens?: readonly number[];
  /** The text shown in a cell; formatNumber(value) when absent (e.g. pass more decimals). */
  readonly format?: (value: number, row: number, col: number) => string;
  /** Cells drawn as masked (hatched, `data-masked`), e.g. scores set to −∞ by a causal mask. */
  readonly isMasked?: (row: number, col: number) => boolean;
  /**
   * The example field these numbers are (e.g. "W"): while the learner edits the example, each
   * cell becomes a text field in place. A row vector's field takes the column as its index.
   */
  readonly edit?: string;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * A matrix drawn between brackets, optionally with row and column headers around it.
 * Inspectable cells form one tab stop (roving tabindex): Tab enters the matrix at the inspected
 * cell, arrow keys, Home and End move between cells.
 */
export function MatrixGrid({
  values,
  label,
  cellLabel,
  roleOf,
  inspect,
  rowLabels,
  colLabels,
  rowTokens,
  colTokens,
  format,
  isMasked,
  edit,
}: MatrixGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const frame = useExampleFrame();
  const editing = frame !== null && frame.editing && edit !== undefined && frame.isEditable(edit);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const current = inspect?.active ?? { row: 0, col: 0 };
  // The cells call the latest `bind` when an event comes, through one handler that keeps its
  // identity, so a cell whose number, label and role are unchanged is not re-rendered by an
  // inspection (its parent's bind and callbacks are new on every render).
  const bind = useRef(inspect?.bind);
  useLayoutEffect(() => {
    bind.current = inspect?.bind;
  });
  const handle = useCallback<CellEvent>((kind, row, col, event) => {
    const handlers = bind.current?.({ row, col });
    if (kind === "onClick") handlers?.onClick();
    else handlers?.[kind](event as PointerEvent & FocusEvent);
  }, []);

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

  const labelled = rowLabels !== undefined || colLabels !== undefined;
  const matrix = (
    <div
      ref={gridRef}
      className="matrix"
      role="group"
      aria-label={label}
      style={
        labelled
          ? { gridColumn: `${rowLabels ? 2 : 1} / -1`, gridRow: `${colLabels ? 2 : 1} / -1` }
          : { gridTemplateColumns: `repeat(${cols}, auto)` }
      }
      onKeyDown={inspect && !editing ? moveFocus : undefined}
    >
      {values.map((rowValues, row) =>
        rowValues.map((value, col) => {
          const role = roleOf?.(row, col) ?? null;
          const text = format ? format(value, row, col) : formatNumber(value);
          const masked = isMasked?.(row, col) ? "true" : undefined;
          if (editing) {
            const common = {
              "data-cell": `${row}-${col}`,
              "data-role": role ?? undefined,
              "data-masked": masked,
            } as const;
            const refused = frame.refused?.key === edit && frame.refused.row === row && frame.refused.col === col;
            const draft = frame.draftOf(edit, row, col);
            return (
              <input
                key={`${row}-${col}`}
                {...common}
                className="cell cell-input"
                type="text"
                inputMode="text"
                autoComplete="off"
                spellCheck={false}
                size={Math.max(2, (draft ?? String(value)).length)}
                value={draft ?? String(value)}
                aria-label={`Edit ${cellLabel(row, col, value)}`}
                aria-invalid={refused || undefined}
                aria-describedby={refused ? frame.messageId : undefined}
                onChange={(event) => frame.editCell(edit, row, col, event.currentTarget.value)}
                onBlur={frame.endEdit}
              />
            );
          }
          return (
            <Cell
              key={`${row}-${col}`}
              row={row}
              col={col}
              text={text}
              label={cellLabel(row, col, value)}
              role={role}
              masked={masked}
              inspectable={inspect !== undefined}
              current={inspect !== undefined && current.row === row && current.col === col}
              onEvent={handle}
            />
          );
        }),
      )}
    </div>
  );
  if (!labelled) return matrix;
  return (
    <LabelledFrame
      rowLabels={rowLabels}
      colLabels={colLabels}
      rowTokens={rowTokens}
      colTokens={colTokens}
      rows={rows}
      cols={cols}
    >
      {matrix}
    </LabelledFrame>
  );
}

/** An event on a cell, passed on to the inspection's handlers for that cell. */
type CellEvent = (kind: keyof InspectHandlers, row: number, col: number, event?: PointerEvent | FocusEvent) => void;

interface CellProps {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly label: string;
  readonly role: CellRole;
  readonly masked: "true" | undefined;
  /** A button that inspects itself; else a read-only number. */
  readonly inspectable: boolean;
  /** The cell Tab enters the matrix at (roving tabindex). */
  readonly current: boolean;
  readonly onEvent: CellEvent;
}

/**
 * One number of a matrix. Its props are plain values and one handler that keeps its identity, so
 * it is re-rendered only when what it shows or how it takes part changes: a hover re-renders the
 * cells whose role changes, not every cell of every matrix.
 */
const Cell = memo(function Cell({ row, col, text, label, role, masked, inspectable, current, onEvent }: CellProps) {
  const common = {
    "data-cell": `${row}-${col}`,
    "data-role": role ?? undefined,
    "data-masked": masked,
    className: "cell",
  } as const;
  if (!inspectable) {
    return (
      <span {...common} role="img" aria-label={label}>
        {text}
      </span>
    );
  }
  return (
    <button
      type="button"
      {...common}
      tabIndex={current ? 0 : -1}
      aria-label={label}
      aria-pressed={role === "inspected"}
      onPointerEnter={(event) => onEvent("onPointerEnter", row, col, event)}
      onPointerLeave={(event) => onEvent("onPointerLeave", row, col, event)}
      onFocus={(event) => onEvent("onFocus", row, col, event)}
      onClick={() => onEvent("onClick", row, col)}
    >
      {text}
    </button>
  );
});

interface LabelledFrameProps {
  readonly rowLabels: readonly string[] | undefined;
  readonly colLabels: readonly string[] | undefined;
  readonly rowTokens: readonly number[] | undefined;
  readonly colTokens: readonly number[] | undefined;
  readonly rows: number;
  readonly cols: number;
  readonly children: ReactNode;
}

/**
 * Headers around the bracketed matrix. The matrix is a CSS subgrid of this frame, so each header
 * lines up with its row or column whatever the cells' widths. Headers are hidden from screen
 * readers, which hear each cell's own label instead.
 */
function LabelledFrame({ rowLabels, colLabels, rowTokens, colTokens, rows, cols, children }: LabelledFrameProps) {
  const template = {
    gridTemplateColumns: `${rowLabels ? "auto " : ""}repeat(${cols}, auto)`,
    gridTemplateRows: `${colLabels ? "auto " : ""}repeat(${rows}, auto)`,
  };
  return (
    <div className="matrix-frame" style={template}>
      <MatrixHeaders rowLabels={rowLabels} colLabels={colLabels} rowTokens={rowTokens} colTokens={colTokens} />
      {children}
    </div>
  );
}

type MatrixHeadersProps = Omit<LabelledFrameProps, "rows" | "cols" | "children">;

/** The row and column headers: re-rendered only when their text or tokens change, not on a hover. */
const MatrixHeaders = memoByValue(function MatrixHeaders({
  rowLabels,
  colLabels,
  rowTokens,
  colTokens,
}: MatrixHeadersProps) {
  const firstCol = rowLabels ? 2 : 1;
  return (
    <>
      {colLabels?.map((text, col) => (
        <span
          key={`c${col}`}
          className="matrix-col-label"
          aria-hidden="true"
          {...tokenColourAttributes(colTokens?.[col])}
          style={{ gridRow: "1", gridColumn: String(firstCol + col) }}
        >
          {text}
        </span>
      ))}
      {rowLabels?.map((text, row) => (
        <span
          key={`r${row}`}
          className="matrix-row-label"
          aria-hidden="true"
          {...tokenColourAttributes(rowTokens?.[row])}
          style={{ gridColumn: "1", gridRow: String((colLabels ? 2 : 1) + row) }}
        >
          {text}
        </span>
      ))}
    </>
  );
});
