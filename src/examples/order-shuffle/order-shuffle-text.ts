/**
 * The words of the order example: the readout of an inspected weight (which cell of the other
 * map holds the same number, and why), and how the two maps compare. Every number comes from
 * the math module (attentionBeforeAndAfter, explainPermutedEntry, positionAfter).
 */
import { explainPermutedEntry, positionAfter, type ReorderedAttention } from "../../math/index.ts";
import { describeMapCell, quoted, type MapCellText } from "../../text/attention-map-words.ts";
import type { ShuffleTarget } from "./OrderShuffleExample.editing.ts";

/** The sentence in its new order: word i is word order[i] of the original. */
export function reorderedWords(sentence: readonly string[], order: readonly number[]): string[] {
  return order.map((k) => sentence[k]!);
}

/** What the readout says about one inspected weight. */
export interface ShuffleCellText extends MapCellText {
  /** "After the swap" or "Before the swap". */
  readonly map: string;
  /** The same weight's cell in the other map, in words. */
  readonly partner: string;
  /** The other map's cell, for marking it. */
  readonly echo: ShuffleTarget;
}

/** The readout of a weight of either map, and the cell of the other map that holds the same number. */
export function describeShuffleCell(
  sentence: readonly string[],
  run: ReorderedAttention,
  target: ShuffleTarget,
): ShuffleCellText {
  const { order } = run;
  const after = reorderedWords(sentence, order);
  const { row, col } = target;
  if (target.map === "after") {
    const from = explainPermutedEntry(run.before.weights, order, row, col);
    const moved = from.fromRow !== row || from.fromCol !== col;
    return {
      ...describeMapCell(after, run.after, row, col),
      map: "After the swap",
      partner: moved
        ? `Before the swap the same two words met in row ${from.fromRow} and column ${from.fromCol} of the first map, with the same weight: the number moved with the words and did not change.`
        : `Neither word of this cell moved, so the first map has the same weight in the same place, row ${row} and column ${col}.`,
      echo: { map: "before", row: from.fromRow, col: from.fromCol },
    };
  }
  const [newRow, newCol] = [positionAfter(order, row), positionAfter(order, col)];
  const moved = newRow !== row || newCol !== col;
  return {
    ...describeMapCell(sentence, run.before, row, col),
    map: "Before the swap",
    partner: moved
      ? `After the swap ${quoted(sentence[row]!)} is row ${newRow} and ${quoted(sentence[col]!)} is column ${newCol} of the second map, and the weight there is this same number.`
      : `Neither word of this cell moves, so the second map has the same weight in the same place, row ${row} and column ${col}.`,
    echo: { map: "after", row: newRow, col: newCol },
  };
}

/** Below this, a difference between the two maps is rounding in the last digits of a float. */
export const ROUNDING_LIMIT = 1e-12;

/**
 * How far the new map is from the old one moved: "under 10⁻¹², so 0 up to rounding", or the
 * number itself. The exact size of a rounding difference is not shown: it depends on the engine's
 * exp (the server's and a browser's may differ in the last bit), and the page must read the same
 * before and after it loads.
 */
export function differenceWords(difference: number): string {
  return difference < ROUNDING_LIMIT
    ? "under 10⁻¹², so 0 up to rounding"
    : difference.toExponential(1).replace("-", "−");
}

/** What the swap does, in one sentence. */
export function swapWords(sentence: readonly string[], a: number, b: number): string {
  if (a === b) return `Positions a and b are both ${a}: nothing is swapped, and the two maps are the same.`;
  const [first, second] = [quoted(sentence[a]!), quoted(sentence[b]!)];
  return `${first} (position ${a}) and ${second} (position ${b}) trade places.`;
}
