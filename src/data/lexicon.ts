/**
 * Turns a learner's own short sentence into the hand-made features the attention-map examples use
 * (see cat-sat.ts): one row per word, columns noun, relation, function, half. The weights of those
 * examples stay fixed; only X changes, so a new sentence runs through the same head.
 *
 * How a word is read (case does not matter):
 * - a function word (a determiner, pronoun, auxiliary, conjunction or particle from FUNCTION_WORDS)
 *   gets function = 1;
 * - a relation word (a common verb from RELATION_WORDS) gets relation = 1;
 * - a preposition (PREPOSITIONS) links two things and is a small grammatical word, so it gets both
 *   relation = 1 and function = 1, as "on" does in cat-sat;
 * - every other word, including one made of digits, counts as a noun (noun = 1). There is no guessing
 *   from spelling: a verb missing from the list is read as a noun, and the examples say so on screen.
 *
 * Half is position: −1 for the words of the first half, +1 for the second. With an odd number of
 * words the middle word belongs to neither half and gets 0, so it prefers neither half and neither
 * half prefers it. "The cat sat on the mat" gives exactly catSat.X and "cat sat on mat" exactly
 * catSatTwoHeads.X (checked in lexicon.test.ts).
 */
import type { Matrix } from "../math/index.ts";
import { readWords, type Read } from "../math/parse-values.ts";

/** The columns of X, in order: the same as cat-sat's `features`. */
export const LEXICON_FEATURES = ["noun", "relation", "function", "half"] as const;

/** Fewest and most words a learner's sentence may have: a map needs two, and eight still fit a phone. */
export const MIN_WORDS = 2;
export const MAX_WORDS = 8;

/** Determiners, pronouns, auxiliaries, conjunctions and particles. */
export const FUNCTION_WORDS: readonly string[] = [
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "my",
  "your",
  "his",
  "her",
  "its",
  "our",
  "their",
  "some",
  "any",
  "every",
  "each",
  "no",
  "all",
  "i",
  "you",
  "he",
  "she",
  "it",
  "we",
  "they",
  "me",
  "him",
  "us",
  "them",
  "is",
  "am",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must",
  "and",
  "or",
  "but",
  "not",
  "to",
  "so",
  "if",
];

/** Common verbs: words that link two things, as "sat" links the cat and the mat. */
export const RELATION_WORDS: readonly string[] = [
  "sit",
  "sits",
  "sat",
  "run",
  "runs",
  "ran",
  "eat",
  "eats",
  "ate",
  "see",
  "sees",
  "saw",
  "like",
  "likes",
  "liked",
  "love",
  "loves",
  "loved",
  "chase",
  "chases",
  "chased",
  "read",
  "reads",
  "wrote",
  "write",
  "writes",
  "made",
  "make",
  "makes",
  "gave",
  "give",
  "gives",
  "took",
  "take",
  "takes",
  "went",
  "go",
  "goes",
  "came",
  "come",
  "comes",
  "found",
  "find",
  "finds",
  "held",
  "hold",
  "holds",
  "lay",
  "lies",
  "slept",
  "sleeps",
  "jumped",
  "jumps",
  "jump",
  "walked",
  "walks",
  "walk",
  "bit",
  "bites",
  "bite",
  "kept",
  "keep",
  "keeps",
  "met",
  "meet",
  "meets",
  "hit",
  "hits",
  "sang",
  "sing",
  "sings",
  "knew",
  "know",
  "knows",
  "wants",
  "want",
  "wanted",
  "said",
  "say",
  "says",
  "put",
  "puts",
  "stood",
  "stands",
  "stand",
];

/** Prepositions: relation words that are also function words. */
export const PREPOSITIONS: readonly string[] = [
  "on",
  "in",
  "at",
  "under",
  "over",
  "with",
  "by",
  "from",
  "of",
  "near",
  "into",
  "onto",
  "behind",
  "above",
  "below",
  "beside",
  "for",
  "after",
  "before",
  "across",
  "through",
  "off",
  "up",
  "down",
];

/** How a word is read: its kind, and whether it was in a word list (false: counted as a noun). */
export interface WordReading {
  readonly kind: "noun" | "relation" | "function" | "preposition";
  readonly known: boolean;
}

const lists = [
  ["preposition", new Set(PREPOSITIONS)],
  ["function", new Set(FUNCTION_WORDS)],
  ["relation", new Set(RELATION_WORDS)],
] as const;

/** The kind of `word`, compared without case; a word in no list is a noun. */
export function readWord(word: string): WordReading {
  const lower = word.toLowerCase();
  for (const [kind, list] of lists) if (list.has(lower)) return { kind, known: true };
  return { kind: "noun", known: false };
}

/** −1 in the first half of `count` words, +1 in the second, 0 for the middle word of an odd count. */
export function halfOf(index: number, count: number): number {
  const middle = (count - 1) / 2;
  return index < middle ? -1 : index > middle ? 1 : 0;
}

/** Row i of X for word i of `words`: (noun, relation, function, half). */
export function wordFeatures(words: readonly string[], index: number): number[] {
  const { kind } = readWord(words[index]!);
  return [
    kind === "noun" ? 1 : 0,
    kind === "relation" || kind === "preposition" ? 1 : 0,
    kind === "function" || kind === "preposition" ? 1 : 0,
    halfOf(index, words.length),
  ];
}

/** X for a sentence: one row per word, columns LEXICON_FEATURES. */
export function sentenceFeatures(words: readonly string[]): Matrix {
  return words.map((_, i) => wordFeatures(words, i));
}

/** A typed sentence as words: MIN_WORDS to MAX_WORDS, as readWords accepts them. */
export function readSentence(text: string): Read<string[]> {
  return readWords(text, "sentence", { min: MIN_WORDS, max: MAX_WORDS });
}
