/** <EmbeddingLookup>: tokens pick rows of the embedding matrix E (see src/examples/manifest.ts). */
export const name = "EmbeddingLookup";
export const island = () => import("./EmbeddingLookup.tsx").then((m) => m.EmbeddingLookup);
export const props = () => import("./EmbeddingLookup.schema.ts").then((m) => m.embeddingLookupSchema);
export const embed = true;
