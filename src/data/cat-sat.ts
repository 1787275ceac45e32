import type { SingleHeadData } from "./types.ts";

/**
 * "The cat sat on the mat" for the self-attention map page. The numbers are chosen so that every
 * row of the map has one clear winner that can be explained from the features alone.
 *
 * Columns of X (d_model = 4):
 * - noun: 1 for cat and mat;
 * - relation: 1 for words that link two things, the verb "sat" and the preposition "on";
 * - function: 1 for small grammatical words, "The", "on", "the";
 * - half: −1 in the first half of the sentence, +1 in the second. Real models add a position
 *   encoding to each embedding; this one coarse number is all the position the example needs,
 *   and it is what tells the two "the"s apart.
 *
 * W_k and W_v are the identity, so a key (and a value) is simply the token's features. All the
 * "asking" is in W_q; row r of W_q is what feature r makes a token look for:
 * - noun → +4 function, −2 relation: a noun looks for its determiner (a function word that is
 *   not a relation word);
 * - relation → +4 noun: "sat" and "on" look for the nouns they link;
 * - function → +3 noun: "The", "the" (and "on" again) look for a noun;
 * - half → +2 half: everyone prefers keys in its own half (the product of two halves is +1
 *   when they match, −1 when they differ).
 *
 * With d_k = 4 the scores are divided by √4 = 2. Strongest key per row: The → cat, cat → The,
 * sat → cat, on → mat, the → mat, mat → the (checked in cat-sat.test.ts).
 */
export const catSat: SingleHeadData = {
  tokens: ["The", "cat", "sat", "on", "the", "mat"],
  features: ["noun", "relation", "function", "half"],
  X: [
    [0, 0, 1, -1],
    [1, 0, 0, -1],
    [0, 1, 0, -1],
    [0, 1, 1, 1],
    [0, 0, 1, 1],
    [1, 0, 0, 1],
  ],
  Wq: [
    [0, -2, 4, 0],
    [4, 0, 0, 0],
    [3, 0, 0, 0],
    [0, 0, 0, 2],
  ],
  Wk: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ],
  Wv: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ],
};
