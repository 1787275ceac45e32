import { speakNumber, subscript, type Vector } from "../../math/index.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import { positionsText, show } from "../../text/tiled-text.ts";

interface OnlineSoftmaxTilesProps {
  /** The row's scores cut into tiles of Bc. */
  readonly tiles: readonly Vector[];
  readonly tileSize: number;
  /** How many tiles are read; tile step − 1 is the one just read. */
  readonly step: number;
  /** The role of entry k of tile t in what is inspected now. */
  readonly roleOf: (t: number, k: number) => CellRole;
}

/** Where a tile stands in the step-through, in words (shown, so not by colour alone). */
function stateOf(t: number, step: number): "read" | "just read" | "not read yet" {
  if (t === step - 1) return "just read";
  return t < step ? "read" : "not read yet";
}

/**
 * The row of scores as its tiles, each in its own brackets, labelled with its positions and
 * whether it has been read. The scores are the example's input: they are marked when a number
 * is computed from them, and edited through the editor.
 */
export function OnlineSoftmaxTiles({ tiles, tileSize, step, roleOf }: OnlineSoftmaxTilesProps) {
  return (
    <ol className="online-tiles" aria-label={`Scores s in tiles of B sub c = ${tileSize}`}>
      {tiles.map((tile, t) => {
        const start = t * tileSize;
        const state = stateOf(t, step);
        return (
          <li key={t} className="online-tile" data-tile-state={state}>
            <p className="online-tile-title">Tile {t}</p>
            <MatrixGrid
              values={[tile]}
              label={`Tile ${t}: scores at ${positionsText(start, tile.length)}, ${state}`}
              colLabels={tile.map((_, k) => `s${subscript(start + k)}`)}
              format={show}
              cellLabel={(_, k, v) => `s${subscript(start + k)} = ${speakNumber(v, 3)}`}
              roleOf={(_, k) => roleOf(t, k)}
            />
            <p className="online-tile-state">{state}</p>
          </li>
        );
      })}
    </ol>
  );
}
