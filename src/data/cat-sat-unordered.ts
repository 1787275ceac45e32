/**
 * The self-attention map's sentence machinery with its stand-in for position taken out, for the
 * page that shows attention cannot see word order. cat-sat.ts adds a fourth column, "half" (−1 in
 * the first half of the sentence, +1 in the second), so that its map can tell "The" from "the";
 * here that column and its row and column of W_q are dropped, and nothing else changes:
 *
 * - X: noun, relation, function, from the same word list (lexicon.ts), one row per word;
 * - W_q: cat-sat's first three rows and columns: a noun looks for a function word that is not a
 *   relation word (+4 function, −2 relation), a relation word for nouns (+4 noun), a function
 *   word for nouns (+3 noun);
 * - W_k = W_v = the identity, so a key and a value are the word's own features;
 * - d_k = 3, so scores are divided by √3.
 *
 * Two words of the same kind now have the same row of X wherever they stand: in "The cat sat on
 * the mat" each determiner weighs "cat" and "mat" exactly equally (checked in
 * cat-sat-unordered.test.ts). Nothing in the numbers says which noun is near.
 */
import type { HeadWeights, Matrix } from "../math/index.ts";
import { LEXICON_FEATURES, sentenceFeatures } from "./lexicon.ts";

/** The columns of X: the lexicon's features without "half". */
export const UNORDERED_FEATURES = LEXICON_FEATURES.slice(0, 3);

/** X for a sentence with no position in it: the lexicon's rows without the "half" column. */
export function unorderedFeatures(words: readonly string[]): Matrix {
  return sentenceFeatures(words).map((row) => row.slice(0, UNORDERED_FEATURES.length));
}

const IDENTITY_3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** The head: cat-sat's W_q without its "half" row and column; W_k and W_v the identity. */
export const unorderedHead: HeadWeights = {
  Wq: [
    [0, -2, 4],
    [4, 0, 0],
    [3, 0, 0],
  ],
  Wk: IDENTITY_3,
  Wv: IDENTITY_3,
};
