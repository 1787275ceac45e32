/**
 * Which cells take part in an inspected number of the online softmax example: the number itself
 * ("inspected") and what it is computed from ("ingredient"), across the tiles of scores, the
 * running state, the exps of the tile just read and the final rows.
 */
import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import type { OnlinePart, OnlineTarget } from "./OnlineSoftmaxExample.editing.ts";

/** A matrix of the example: an inspectable part, or one tile of the scores ("tile", row = tile index). */
export type OnlineGrid = OnlinePart | "tile";

const ingredient = (yes: boolean): CellRole => (yes ? "ingredient" : null);

/**
 * The role of cell (row, col) of `grid` when `target` is inspected.
 * @param tileSize B, to find the tile of a position
 * @param step how many tiles are read (the tile just read is step − 1)
 */
export function onlineRoleOf(
  target: OnlineTarget | null,
  tileSize: number,
  step: number,
  grid: OnlineGrid,
  row: number,
  col: number,
): CellRole {
  if (target === null) return null;
  if (grid === target.part && row === target.row && col === target.col) return "inspected";
  const last = step - 1;
  const state = (r: number, c: number) => grid === "state" && row === r && col === c;
  switch (target.part) {
    case "state": {
      const t = target.row;
      if (target.col === 0) return ingredient(grid === "tile" && row === t);
      if (target.col === 1) return ingredient(state(t, 0) || state(t - 1, 1));
      if (target.col === 2) return ingredient(state(t - 1, 1) || state(t, 1));
      return ingredient(
        state(t - 1, 3) || state(t, 2) || (grid === "tile" && row === t) || (grid === "exp" && t === last),
      );
    }
    case "exp":
      return ingredient((grid === "tile" && row === last && col === target.col) || state(last, 1));
    case "weight": {
      const j = target.col;
      const inTile = grid === "tile" && row === Math.floor(j / tileSize) && col === j % tileSize;
      return ingredient(inTile || state(last, 1) || state(last, 3));
    }
    case "plain":
      return ingredient(grid === "tile");
  }
}
