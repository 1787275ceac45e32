/**
 * The words for a number the toy decoder turned with RoPE (a cached key entry, or the new token's
 * q or k): the turn of its pair from the math module's explainRopeEntry, in one line and a note.
 */
import {
  explainRopeEntry,
  formatDotExpansion,
  formatNumber,
  isRounded,
  speakNumber,
  speakTerms,
  subscript,
  type RopeEntryExplanation,
  type Vector,
} from "../../math/index.ts";
import { turnedPairRule } from "../../text/rope-words.ts";

const approx = (x: number) => `${isRounded(x, 4) ? "≈" : "="} ${formatNumber(x, 4)}`;

/** What the readout shows for a turned number: the turn as a line, spoken, and where it came from. */
export interface TurnText {
  readonly expansion: string;
  readonly spoken: string;
  readonly note: string;
}

/**
 * Entry j of `unturned` turned at `position`, in words.
 * @param name the entry's symbol, e.g. "K₂₁"
 * @param symbol the unturned vector in words, e.g. "the unturned key"
 * @param unturned the vector before the turn, shape [d], d even
 * @param position the position the turn used
 * @param base RoPE's base
 */
export function describeTurn(
  name: string,
  symbol: string,
  unturned: Vector,
  position: number,
  j: number,
  base: number,
): TurnText {
  const e: RopeEntryExplanation = explainRopeEntry(unturned, position, j, base);
  const i = e.pair;
  const [x, y] = e.pairInput;
  return {
    expansion: formatDotExpansion(name, e, 4),
    spoken: `${name} equals ${speakTerms(e.terms, 4)}, ${speakNumber(e.sum, 4)}`,
    note:
      `Before the turn, ${symbol} has pair ${i} = (${formatNumber(x!, 4)}, ${formatNumber(y!, 4)}) at entries ${2 * i} and ${2 * i + 1}. ` +
      `RoPE turns it at position ${position} by ${position}·θ${subscript(i)} ${approx(e.angle)} rad ` +
      `(θ${subscript(i)} = ${formatNumber(base)}^(−${2 * i}/${unturned.length}) ${approx(e.theta)}; cos ${approx(e.cos)}, sin ${approx(e.sin)}). ` +
      turnedPairRule(e.component),
  };
}
