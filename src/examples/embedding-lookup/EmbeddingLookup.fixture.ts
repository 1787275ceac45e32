/** The example of content/token-embeddings.mdx (vocabulary, E with one row per word, tokens). Shared by the unit tests. */
export const embeddingLookupExample = {
  id: "embedding-lookup",
  vocabulary: ["the", "cat", "sat", "on", "mat"],
  E: [
    [1, 0, 1],
    [0, 2, 1],
    [2, 1, 0],
    [1, 1, -1],
    [0, 1, 2],
  ],
  tokens: ["the", "cat", "sat", "on", "the", "mat"],
};
