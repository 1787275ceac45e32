/** <PagedCacheExample>: block tables of sequences sharing a prompt, step by step (see src/examples/manifest.ts). */
export const name = "PagedCacheExample";
export const island = () => import("./PagedCacheExample.tsx").then((m) => m.PagedCacheExample);
export const props = () => import("./PagedCacheExample.schema.ts").then((m) => m.pagedCacheExampleSchema);
export const embed = true;
