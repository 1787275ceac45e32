/**
 * What a learner may change in the order example, the rule the values keep, and how the inspected
 * weight is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { MAX_WORDS, MIN_WORDS } from "../../data/lexicon.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import { swapProblem, type SwapValues } from "./order-shuffle-rules.ts";

/** Which map an inspected weight is in: the sentence as given, or after the swap. */
export type ShuffleMap = "before" | "after";

/** An inspected weight: its map, its row (query) and column (key). */
export interface ShuffleTarget {
  readonly map: ShuffleMap;
  readonly row: number;
  readonly col: number;
}

const FORM = /^(before|after):(\d),(\d)$/;

/** The inspected weight in a link: "after:2,1" is row 2, column 1 of the map after the swap. */
export const shuffleCodec: InspectCodec<SwapValues> = {
  form: "before:row,column or after:row,column, e.g. after:2,1",
  read(text, { sentence }) {
    const match = FORM.exec(text.trim());
    if (!match) return null;
    const [row, col] = [Number(match[2]), Number(match[3])];
    if (row >= sentence.length || col >= sentence.length) return null;
    const target: ShuffleTarget = { map: match[1] as ShuffleMap, row, col };
    return target;
  },
  write(target) {
    const { map, row, col } = target as ShuffleTarget;
    return `${map}:${row},${col}`;
  },
};

/** The word a sentence gains with the “+” button: a noun not in the word list, as on the map page. */
const NEW_WORD = "dog";

/** Keeps both positions inside a sentence that lost its last word. */
function keepInside(values: Values<SwapValues>): Values<SwapValues> {
  const last = values.sentence.length - 1;
  return { ...values, a: Math.min(values.a, last), b: Math.min(values.b, last) };
}

/**
 * What a learner may change: the sentence (2–8 words) and the two positions to swap, a and b
 * (`?order-swap.a=1&order-swap.b=5`); a position past the sentence is refused, and removing the
 * last word moves a position on it to the new last word.
 */
export const orderShuffleSpec: ExampleSpec<SwapValues> = {
  fields: [
    { kind: "words", key: "sentence", name: "sentence", length: "words", min: MIN_WORDS, max: MAX_WORDS },
    { kind: "whole", key: "a", name: "swap a", min: 0, max: MAX_WORDS - 1 },
    { kind: "whole", key: "b", name: "swap b", min: 0, max: MAX_WORDS - 1 },
  ],
  sizes: { words: { label: "words of the sentence", min: MIN_WORDS, max: MAX_WORDS, newWord: () => NEW_WORD } },
  afterResize: keepInside,
  check: (values) => swapProblem(values)?.message ?? null,
  inspect: shuffleCodec,
};
