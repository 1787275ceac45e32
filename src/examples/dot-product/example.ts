/** <DotProductExample>: a·b term by term, with the angle plot (see src/examples/manifest.ts). */
export const name = "DotProductExample";
export const island = () => import("./DotProductExample.tsx").then((m) => m.DotProductExample);
export const props = () => import("./DotProductExample.schema.ts").then((m) => m.dotProductExampleSchema);
export const embed = true;
export const values = () => import("./DotProductExample.values.ts").then((m) => m.dotProductValues);
