/**
 * Token embeddings: a sentence becomes the matrix X by looking up one row of the embedding
 * table E per token. Looking up row k is the same as multiplying the one-hot row e_k by E.
 */
import { row } from "./matrix.ts";
import { checkIndex, checkSize, shapeOf, type Matrix, type Vector } from "./shape.ts";

/**
 * The vocabulary index of each token (exact, case-sensitive match).
 * @param vocabulary the words, one per row of the embedding table; no repeats
 * @param tokens the sentence, one word per token
 * @returns one index per token
 * @throws RangeError naming the first token that is not in the vocabulary
 */
export function tokenIds(vocabulary: readonly string[], tokens: readonly string[]): number[] {
  return tokens.map((token, position) => {
    const id = vocabulary.indexOf(token);
    if (id >= 0) return id;
    throw new RangeError(
      `tokenIds: token ${position}, "${token}", is not in the vocabulary ` +
        `(${vocabulary.map((word) => `"${word}"`).join(", ")}); add it, or use a word from the list.`,
    );
  });
}

/**
 * X: row i is row ids[i] of E, copied unchanged.
 * @param E the embedding table, shape [vocabulary size, d_model]
 * @param ids vocabulary indices, one per token
 * @returns shape [ids.length, d_model]
 * @throws RangeError for an index outside E
 */
export function embedTokens(E: Matrix, ids: readonly number[]): Matrix {
  shapeOf(E);
  return ids.map((id, position) => {
    checkIndex("embedTokens", `the id of token ${position},`, id, E.length);
    return row(E, id);
  });
}

/**
 * The one-hot row e_k: 1 at index k, 0 elsewhere. e_k·E is row k of E.
 * @param size the vocabulary size, ≥ 1
 * @param k index in 0 … size − 1
 * @returns shape [size]
 */
export function oneHot(size: number, k: number): Vector {
  checkSize("oneHot", "the size", size, 1);
  checkIndex("oneHot", "index k =", k, size);
  return Array.from({ length: size }, (_, i) => (i === k ? 1 : 0));
}
