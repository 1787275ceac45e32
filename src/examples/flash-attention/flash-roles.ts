/**
 * Which cells take part in an inspected number of the FlashAttention example: the number itself
 * ("inspected") and what it is computed from ("ingredient"), across the matrices of one step.
 */
import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import type { FlashPart, FlashTarget } from "./FlashAttentionExample.editing.ts";

/** A matrix of the example: an inspectable part, or one the step only shows. */
export type FlashGrid = FlashPart | "qblock" | "kblock" | "vblock" | "score" | "before";

const ingredient = (yes: boolean): CellRole => (yes ? "ingredient" : null);

/** The role of cell (row, col) of `grid` when `target` is inspected; rows and columns are the block's. */
export function flashRoleOf(target: FlashTarget | null, grid: FlashGrid, row: number, col: number): CellRole {
  if (target === null) return null;
  if (grid === target.part && row === target.row && col === target.col) return "inspected";
  const { row: a, col: c } = target;
  const state = (column: number) => grid === "state" && row === a && col === column;
  switch (target.part) {
    case "state":
      if (c === 0) return ingredient(grid === "score" && row === a);
      if (c === 1) return ingredient(state(0));
      return ingredient(state(1) || (grid === "p" && row === a));
    case "p":
      return ingredient((grid === "score" && row === a && col === c) || state(0));
    case "out":
      return ingredient(
        (grid === "before" && row === a && col === c) ||
          state(1) ||
          (grid === "p" && row === a) ||
          (grid === "vblock" && col === c),
      );
    case "final":
    case "standard":
      return null;
  }
}
