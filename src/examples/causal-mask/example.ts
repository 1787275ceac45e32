/** <CausalMaskExample>: scores masked to −∞ above the diagonal before softmax (see src/examples/manifest.ts). */
export const name = "CausalMaskExample";
export const island = () => import("./CausalMaskExample.tsx").then((m) => m.CausalMaskExample);
export const props = () => import("./CausalMaskExample.schema.ts").then((m) => m.causalMaskExampleSchema);
export const embed = true;
export const values = () => import("./CausalMaskExample.values.ts").then((m) => m.causalMaskValues);
