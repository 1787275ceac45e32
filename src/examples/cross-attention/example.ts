/** <CrossAttentionExample>: target queries against source keys and values (see src/examples/manifest.ts). */
export const name = "CrossAttentionExample";
export const island = () => import("./CrossAttentionExample.tsx").then((m) => m.CrossAttentionExample);
export const props = () => import("./CrossAttentionExample.schema.ts").then((m) => m.crossAttentionExampleSchema);
export const embed = true;
