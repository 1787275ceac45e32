import type { MultiHeadData } from "./types.ts";

/**
 * "cat sat on mat" through two heads, for the multi-head attention page. X uses the features of
 * the self-attention map page (noun, relation, function, half); each head has d_k = d_v = 2 and
 * so divides its scores by √2.
 *
 * Head 1 asks about the kind of word: its keys are (noun, relation) and its queries swap them
 * (W_q sends noun → column 1 and relation → column 0, times 3), so nouns look for relation words
 * and relation words look for nouns. Position plays no part: "cat" weighs "sat" and "on" alike.
 *
 * Head 2 asks about place: its keys are (half, noun); a token's half, times 2, meets the key's
 * half, so everyone looks within its own half of the sentence; and a function word (only "on")
 * also looks for a noun (function → column 1, times 3), which makes "on" pick "mat".
 *
 * Both heads pass on the same value features (noun, relation) of what they look at, so their
 * outputs can be compared column by column. W_O adds the two heads' noun columns and relation
 * columns (output columns 0 and 1) and takes their differences (columns 2 and 3).
 */
export const catSatTwoHeads: MultiHeadData = {
  tokens: ["cat", "sat", "on", "mat"],
  features: ["noun", "relation", "function", "half"],
  X: [
    [1, 0, 0, -1],
    [0, 1, 0, -1],
    [0, 1, 1, 1],
    [1, 0, 0, 1],
  ],
  heads: [
    {
      Wq: [
        [0, 3],
        [3, 0],
        [0, 0],
        [0, 0],
      ],
      Wk: [
        [1, 0],
        [0, 1],
        [0, 0],
        [0, 0],
      ],
      Wv: [
        [1, 0],
        [0, 1],
        [0, 0],
        [0, 0],
      ],
    },
    {
      Wq: [
        [0, 0],
        [0, 0],
        [0, 3],
        [2, 0],
      ],
      Wk: [
        [0, 1],
        [0, 0],
        [0, 0],
        [1, 0],
      ],
      Wv: [
        [1, 0],
        [0, 1],
        [0, 0],
        [0, 0],
      ],
    },
  ],
  WO: [
    [1, 0, 1, 0],
    [0, 1, 0, 1],
    [1, 0, -1, 0],
    [0, 1, 0, -1],
  ],
};
