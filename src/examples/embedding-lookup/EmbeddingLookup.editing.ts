/**
 * What a learner may change in the embedding lookup, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { EmbeddingLookupProps } from "./EmbeddingLookup.schema.ts";

/** A whole token (col null) or one entry of its row of X. */
export interface LookupTarget {
  readonly row: number;
  readonly col: number | null;
}

/** What a learner may change in the lookup. */
type LookupValues = Pick<EmbeddingLookupProps, "vocabulary" | "E" | "tokens">;

/**
 * The inspected token ("2": token 2 of the sentence) or entry of X ("2,1": row 2, column 1),
 * within the current sentence and width of E.
 */
const lookupCodec: InspectCodec<LookupValues> = {
  form: "a token's position, e.g. 2, or row,column of X, e.g. 2,1",
  read(text, values) {
    const match = /^(\d{1,2})(?:,(\d{1,2}))?$/.exec(text.trim());
    if (!match) return null;
    const row = Number(match[1]);
    const col = match[2] === undefined ? null : Number(match[2]);
    const width = values.E[0]!.length;
    return row < values.tokens.length && (col === null || col < width) ? { row, col } : null;
  },
  write(target) {
    const { row, col } = target as LookupTarget;
    return col === null ? String(row) : `${row},${col}`;
  },
};

/**
 * A message when the vocabulary repeats a word or a token is not one of its words, else null. A
 * vocabulary word renamed while the sentence still uses it is caught here, by name.
 */
export function checkLookup({ vocabulary, tokens }: Values<LookupValues>): string | null {
  const repeated = vocabulary.find((word, k) => vocabulary.indexOf(word) !== k);
  if (repeated !== undefined)
    return `“${repeated}” is in the vocabulary twice: each word owns one row of E, so give every word once.`;
  const position = tokens.findIndex((token) => !vocabulary.includes(token));
  if (position === -1) return null;
  return (
    `Token ${position}, “${tokens[position]}”, is not in the vocabulary (${vocabulary.join(", ")}). ` +
    "Every token must be a vocabulary word, spelt the same way; if you renamed a word, change the tokens that use it too."
  );
}

/**
 * What a learner may change: the vocabulary with one row of E per word, E's width, and the
 * sentence (1–6 tokens from the vocabulary). A token added with the size buttons is the page's
 * first vocabulary word.
 */
export function embeddingLookupSpec(props: EmbeddingLookupProps): ExampleSpec<LookupValues> {
  return {
    fields: [
      { kind: "words", key: "vocabulary", name: "vocabulary", length: "words", min: 1, max: MAX_SIZE },
      { kind: "matrix", key: "E", name: "E", rows: "words", cols: "width" },
      { kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: MAX_SIZE },
    ],
    sizes: {
      words: { label: "vocabulary words (rows of E)", newWord: (count) => `word${count - 1}` },
      width: { label: "columns of E (and of X)" },
      tokens: { label: "tokens of the sentence (rows of X)", newWord: () => props.vocabulary[0]! },
    },
    check: checkLookup,
    inspect: lookupCodec,
  };
}
