/** <FlashAttentionExample>: Q, K, V in blocks, the running output rescaled as each K/V block arrives (see src/examples/manifest.ts). */
export const name = "FlashAttentionExample";
export const island = () => import("./FlashAttentionExample.tsx").then((m) => m.FlashAttentionExample);
export const props = () => import("./FlashAttentionExample.schema.ts").then((m) => m.flashAttentionExampleSchema);
export const embed = true;
