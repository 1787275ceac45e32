/**
 * The words of the online softmax example: what the readout says about each inspected number, and
 * the sentence announced for each step. Every number comes from the math module's online softmax
 * (its steps and explain forms), so the text shows exactly what was computed.
 */
import {
  explainOnlineWeight,
  explainSoftmax,
  subscript,
  type OnlineSoftmaxResult,
  type OnlineSoftmaxStep,
  type Vector,
} from "../../math/index.ts";
import { expOf, positionsText, relation, show } from "../../text/tiled-text.ts";
import type { OnlineTarget } from "./OnlineSoftmaxExample.editing.ts";

/** What the readout shows for one number. */
export interface OnlineText {
  readonly expansion: string;
  readonly note: string;
}

/** "(2, 5)": a tile's scores. */
const list = (v: Vector) => `(${v.map(show).join(", ")})`;

/** "≈" when any of `shown` is rounded to TILED_DECIMALS places, else "=". */
const relationOf = (...shown: number[]) => (shown.some((n) => relation(n) === "≈") ? "≈" : "=");

/** Tile t's largest score. */
export function describeTileMax(step: OnlineSoftmaxStep, t: number): OnlineText {
  const args = step.scores.map(show).join(", ");
  return {
    expansion: `max(${args}) = ${show(step.tileMax)}`,
    note: `The largest score in tile ${t}, ${positionsText(step.start, step.scores.length)}.`,
  };
}

/** m after tile t: the larger of m before it and the tile's largest score. */
export function describeRunningMax(step: OnlineSoftmaxStep, t: number): OnlineText {
  const { maxBefore, tileMax, maxAfter } = step;
  const note =
    maxBefore === -Infinity
      ? "Before the first tile m is −∞, so m becomes the tile’s largest score."
      : maxAfter > maxBefore
        ? `Tile ${t} holds a score above m, so m rises from ${show(maxBefore)} to ${show(maxAfter)}.`
        : `No score in tile ${t} is above m, so m stays ${show(maxAfter)}.`;
  return { expansion: `m = max(${show(maxBefore)}, ${show(tileMax)}) = ${show(maxAfter)}`, note };
}

/** The factor exp(m before − m after) that rescales the old sum. */
export function describeFactor(step: OnlineSoftmaxStep): OnlineText {
  const { maxBefore, maxAfter, rescale } = step;
  if (maxBefore === -Infinity) {
    return {
      expansion: "factor = 0",
      note: "Before the first tile there is no sum to rescale: l = 0, so the factor is taken as 0 (0·0 = 0).",
    };
  }
  const shift = maxBefore - maxAfter;
  return {
    expansion: `factor = ${expOf(maxBefore, maxAfter)} = exp(${show(shift)}) ${relation(rescale)} ${show(rescale)}`,
    note:
      shift === 0
        ? "m did not change, so the factor is exp(0) = 1 and l keeps its scale."
        : `m rose by ${show(-shift)}: each exp already in l was taken relative to the old m, and this factor turns exp(s − m before) into exp(s − m after).`,
  };
}

/** l after the tile: the rescaled old sum plus one exp per score of the tile. */
export function describeSum(step: OnlineSoftmaxStep): OnlineText {
  const { sumBefore, rescale, rescaledSum, terms, sumAfter } = step;
  const first = step.maxBefore === -Infinity;
  const symbolic = terms.map((term) => expOf(term.score, step.maxAfter));
  const numeric = terms.map((term) => show(term.exp));
  const old = first ? [] : [`${show(sumBefore)}·${show(rescale)}`];
  const oldValue = first ? [] : [show(rescaledSum)];
  const addends = [...(first ? [] : [rescaledSum]), ...terms.map((term) => term.exp)];
  return {
    expansion: `l = ${[...old, ...symbolic].join(" + ")} ${relationOf(...addends, ...(first ? [] : [sumBefore, rescale]))} ${[...oldValue, ...numeric].join(" + ")} ${relationOf(...addends, sumAfter)} ${show(sumAfter)}`,
    note: first
      ? "The sum of exp(s − m) over the first tile’s scores."
      : "The old sum, rescaled to the new m, plus exp(s − m) for each score of this tile.",
  };
}

/** exp(s_j − m) of entry k of the tile just read. */
export function describeTerm(step: OnlineSoftmaxStep, k: number): OnlineText {
  const term = step.terms[k]!;
  return {
    expansion: `exp(s${subscript(term.index)} − m) = ${expOf(term.score, step.maxAfter)} = exp(${show(term.shifted)}) ${relation(term.exp)} ${show(term.exp)}`,
    note: `The score at position ${term.index}, shifted by m after this tile, ${show(step.maxAfter)}. It joins the sum l.`,
  };
}

/** Final weight j, exp(s_j − m) / l with the last m and l. */
export function describeWeight(row: Vector, tileSize: number, j: number): OnlineText {
  const w = explainOnlineWeight(row, tileSize, j);
  return {
    expansion: `softmax(s)${subscript(j)} = ${expOf(w.score, w.max)} / l ${relationOf(w.exp, w.sum)} ${show(w.exp)} / ${show(w.sum)} ${relationOf(w.exp, w.sum, w.weight)} ${show(w.weight)}`,
    note: "Only the last m and l are used: every weight waits for the last tile.",
  };
}

/** softmax(s)_j computed in one pass over the whole row, as on the softmax page. */
export function describePlain(row: Vector, j: number): OnlineText {
  const { max, exps, sumExp, weight } = explainSoftmax(row, j);
  return {
    expansion: `softmax(s)${subscript(j)} = ${expOf(row[j]!, max)} / (${row.map((s) => expOf(s, max)).join(" + ")}) ${relationOf(exps[j]!, sumExp)} ${show(exps[j]!)} / ${show(sumExp)} ${relationOf(exps[j]!, sumExp, weight)} ${show(weight)}`,
    note: `The whole row at once: its largest score, ${show(max)}, is subtracted from every score before exp.`,
  };
}

/** The readout of one inspected number of `result` (the row in tiles, `step` of them read). */
export function describeOnlineTarget(
  row: Vector,
  result: OnlineSoftmaxResult,
  step: number,
  target: OnlineTarget,
): OnlineText {
  if (target.part === "weight") return describeWeight(row, result.tileSize, target.col);
  if (target.part === "plain") return describePlain(row, target.col);
  if (target.part === "exp") return describeTerm(result.steps[step - 1]!, target.col);
  const tile = result.steps[target.row]!;
  switch (target.col) {
    case 0:
      return describeTileMax(tile, target.row);
    case 1:
      return describeRunningMax(tile, target.row);
    case 2:
      return describeFactor(tile);
    default:
      return describeSum(tile);
  }
}

/** The sentence announced for step `step` (tiles read) of `result`. */
export function describeOnlineStep(result: OnlineSoftmaxResult, step: number): string {
  const total = result.steps.length;
  if (step === 0) {
    const first = result.steps[0]!;
    return `No tile read yet: m = −∞ and l = 0. Step reads tile 0, ${positionsText(0, first.scores.length)}.`;
  }
  const tile = result.steps[step - 1]!;
  const t = step - 1;
  const m =
    tile.maxBefore === -Infinity
      ? `m becomes ${show(tile.maxAfter)}`
      : tile.maxAfter > tile.maxBefore
        ? `m rises from ${show(tile.maxBefore)} to ${show(tile.maxAfter)}, so l is rescaled by ${show(tile.rescale)}`
        : `m stays ${show(tile.maxAfter)}`;
  const end =
    step === total ? " Every tile is read: the weights are exp(s − m) / l, shown beside the plain softmax." : "";
  return `${step} of ${total} ${total === 1 ? "tile" : "tiles"} read. Tile ${t}, ${positionsText(tile.start, tile.scores.length)}, scores ${list(tile.scores)}: ${m}; l ${relation(tile.sumAfter)} ${show(tile.sumAfter)}.${end}`;
}
