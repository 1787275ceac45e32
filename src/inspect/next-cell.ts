import type { CellPosition } from "./MatrixGrid.tsx";

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The cell a key press moves to in a rows×cols grid, the way MatrixGrid moves: arrows step and
 * stop at the edges, Home and End jump to the ends of the row. Null for any other key.
 */
export function nextCell(key: string, current: CellPosition, rows: number, cols: number): CellPosition | null {
  const delta = ARROWS[key];
  if (delta) {
    return {
      row: Math.min(rows - 1, Math.max(0, current.row + delta[0])),
      col: Math.min(cols - 1, Math.max(0, current.col + delta[1])),
    };
  }
  if (key === "Home") return { row: current.row, col: 0 };
  if (key === "End") return { row: current.row, col: cols - 1 };
  return null;
}
