/**
 * What a learner may change in the examples built from a sentence (the attention map, the steps
 * of one head, the two heads): the sentence itself, 2–8 words. Its features come from
 * src/data/lexicon.ts; the weights of the example stay fixed.
 */
import { MAX_WORDS, MIN_WORDS, readWord, type WordReading } from "../../data/lexicon.ts";
import type { ExampleSpec } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";

/** What a learner may change in an example built from a sentence. */
export interface SentenceValues {
  readonly sentence: readonly string[];
}

/** The word a sentence gains with the “+” button: a noun not in the word list. */
const NEW_WORD = "dog";

/** The spec of an example whose only field is its sentence; `inspect` names its inspected component. */
export function sentenceSpec(inspect: InspectCodec<SentenceValues>): ExampleSpec<SentenceValues> {
  return {
    fields: [{ kind: "words", key: "sentence", name: "sentence", length: "words", min: MIN_WORDS, max: MAX_WORDS }],
    sizes: { words: { label: "words of the sentence", min: MIN_WORDS, max: MAX_WORDS, newWord: () => NEW_WORD } },
    inspect,
  };
}

/** What a word's kind is called on the page: "noun", "relation word", "function word", "preposition". */
export function kindName({ kind }: WordReading): string {
  return kind === "relation" || kind === "function" ? `${kind} word` : kind;
}

/** How each word of `words` is read, e.g. "cat: noun (not in the word list)". */
export function describeWords(words: readonly string[]): string[] {
  return words.map((word) => {
    const reading = readWord(word);
    return `${word}: ${kindName(reading)}${reading.known ? "" : " (not in the word list)"}`;
  });
}
