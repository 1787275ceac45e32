/** <NormExample>: layer norm and RMSNorm of one row, side by side (see src/examples/manifest.ts). */
export const name = "NormExample";
export const island = () => import("./NormExample.tsx").then((m) => m.NormExample);
export const props = () => import("./NormExample.schema.ts").then((m) => m.normExampleSchema);
export const embed = true;
