/** <WeightedSumExample>: each output row is the weights' mix of the value rows (see src/examples/manifest.ts). */
export const name = "WeightedSumExample";
export const island = () => import("./WeightedSumExample.tsx").then((m) => m.WeightedSumExample);
export const props = () => import("./WeightedSumExample.schema.ts").then((m) => m.weightedSumExampleSchema);
export const embed = true;
export const values = () => import("./WeightedSumExample.values.ts").then((m) => m.weightedSumValues);
