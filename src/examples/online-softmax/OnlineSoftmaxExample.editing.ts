/**
 * What a learner may change in the online softmax example, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { splitIntoTiles, type Vector } from "../../math/index.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import { refusalSentence } from "../../frame/limit-message.ts";
import { partCellCodec, type PartCell } from "../../frame/part-codec.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { OnlineSoftmaxExampleProps } from "./OnlineSoftmaxExample.schema.ts";

/** What a learner may change: the scores, the tile size B and how many tiles are read. */
export type OnlineValues = Pick<OnlineSoftmaxExampleProps, "scores" | "tileSize" | "step">;

/**
 * The inspectable parts: "state" (a tile's row of the running state: tile max, m, factor, l),
 * "exp" (exp(s − m) of the tile just read), "weight" (the final weights) and "plain" (softmax of
 * the whole row, computed directly).
 */
export type OnlinePart = "state" | "exp" | "weight" | "plain";
export type OnlineTarget = PartCell<OnlinePart>;

/** Columns of the running state, in order. */
export const STATE_COLUMNS = ["tile max", "m", "factor", "l"] as const;

/** The tiles of `scores` in tiles of `tileSize`, or the sentence saying why the size is refused. */
export function tilesOf(scores: Vector, tileSize: number): { tiles: Vector[] } | { refusal: string } {
  try {
    return { tiles: splitIntoTiles(scores, tileSize) };
  } catch (error) {
    return { refusal: refusalSentence(error) };
  }
}

/** How many tiles the values have, or null when the tile size does not fit the row. */
export function tileCount({ scores, tileSize }: Values<OnlineValues>): number | null {
  const split = tilesOf(scores, tileSize);
  return "tiles" in split ? split.tiles.length : null;
}

/** A message when the tile size does not fit the row or the step is past the last tile, else null. */
export function checkOnlineValues(values: Values<OnlineValues>): string | null {
  const split = tilesOf(values.scores, values.tileSize);
  if ("refusal" in split) return split.refusal;
  const tiles = split.tiles.length;
  if (values.step <= tiles) return null;
  return `Step ${values.step} is past the last tile: ${values.scores.length} scores in tiles of ${values.tileSize} make ${tiles} ${tiles === 1 ? "tile" : "tiles"}, so the steps go from 0 to ${tiles}.`;
}

/**
 * The step after the learner picks tile size `next`: the last step if every tile was read (the
 * comparison stays in view), else the same step, or the new last one if there are fewer tiles.
 */
export function stepForTileSize(values: Values<OnlineValues>, next: number): number {
  const before = tileCount(values);
  const after = tileCount({ ...values, tileSize: next });
  if (before === null || after === null) return 0;
  return values.step >= before ? after : Math.min(values.step, after);
}

const atEnd = (values: Values<OnlineValues>) => values.step > 0 && values.step === tileCount(values);

/**
 * What a learner may change: the scores (1–6, typed or with the size buttons) and the tile size B
 * and the step (with the example's own buttons, or in the editor). A tile size larger than the row
 * is refused with the math module's sentence, never clamped; a row made shorter by the size
 * buttons keeps the step within its tiles. The inspected number is "part:row,column".
 */
export const onlineSoftmaxSpec: ExampleSpec<OnlineValues> = {
  fields: [
    { kind: "row", key: "scores", name: "scores", length: "scores" },
    { kind: "whole", key: "tileSize", name: "tile size B", min: 1, max: MAX_SIZE },
    { kind: "whole", key: "step", name: "step", min: 0, max: MAX_SIZE },
  ],
  sizes: { scores: { label: "scores in the row" } },
  check: checkOnlineValues,
  afterResize: (values) => {
    const tiles = tileCount(values);
    return tiles !== null && values.step > tiles ? { ...values, step: tiles } : values;
  },
  inspect: partCellCodec<OnlinePart, OnlineValues>(
    {
      state: (v) => (v.step > 0 && tileCount(v) !== null ? [v.step, STATE_COLUMNS.length] : null),
      exp: (v) => {
        const split = tilesOf(v.scores, v.tileSize);
        const tile = "tiles" in split && v.step > 0 ? split.tiles[v.step - 1] : undefined;
        return tile ? [1, tile.length] : null;
      },
      weight: (v) => (atEnd(v) ? [1, v.scores.length] : null),
      plain: (v) => (atEnd(v) ? [1, v.scores.length] : null),
    },
    "state:1,3",
  ),
};
