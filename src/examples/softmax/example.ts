/** <SoftmaxExample>: softmax across each row of a score matrix (see src/examples/manifest.ts). */
export const name = "SoftmaxExample";
export const island = () => import("./SoftmaxExample.tsx").then((m) => m.SoftmaxExample);
export const props = () => import("./SoftmaxExample.schema.ts").then((m) => m.softmaxExampleSchema);
export const embed = true;
export const values = () => import("./SoftmaxExample.values.ts").then((m) => m.softmaxValues);
