/** <MlpExample>: one row through a two-layer MLP with ReLU or GELU (see src/examples/manifest.ts). */
export const name = "MlpExample";
export const island = () => import("./MlpExample.tsx").then((m) => m.MlpExample);
export const props = () => import("./MlpExample.schema.ts").then((m) => m.mlpExampleSchema);
export const embed = true;
