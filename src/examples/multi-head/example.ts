/** <MultiHeadExample>: two heads, their concatenation and W_O (see src/examples/manifest.ts). */
export const name = "MultiHeadExample";
export const island = () => import("./MultiHeadExample.tsx").then((m) => m.MultiHeadExample);
export const props = () => import("./MultiHeadExample.schema.ts").then((m) => m.multiHeadExampleSchema);
export const embed = true;
