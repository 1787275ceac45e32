import type { PartCell } from "../frame/part-codec.ts";
import type { CellPosition } from "./MatrixGrid.tsx";
import type { InspectHandlers, Inspection } from "./useInspection.ts";

/**
 * One matrix's share of an inspection that spans several matrices ("parts"): the inspected cell
 * if it is in this part, and handlers that inspect this part's cells. Pass it as a MatrixGrid's
 * `inspect`, so every matrix of an example shares one inspection (hover = focus = tap).
 */
export function partInspect<P extends string>(
  inspection: Inspection<PartCell<P>>,
  part: P,
): { readonly active: CellPosition | null; bind(cell: CellPosition): InspectHandlers } {
  const target = inspection.active;
  return {
    active: target?.part === part ? { row: target.row, col: target.col } : null,
    bind: (cell) => inspection.bind({ part, row: cell.row, col: cell.col }),
  };
}
