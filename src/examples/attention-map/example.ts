/** <AttentionMapExample>: the self-attention heatmap of a sentence (see src/examples/manifest.ts). */
export const name = "AttentionMapExample";
export const island = () => import("./AttentionMapExample.tsx").then((m) => m.AttentionMapExample);
export const props = () => import("./AttentionMapExample.schema.ts").then((m) => m.attentionMapExampleSchema);
export const embed = true;
