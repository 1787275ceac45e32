/** <OnlineSoftmaxExample>: one row of scores, softmax tile by tile with a running max and sum (see src/examples/manifest.ts). */
export const name = "OnlineSoftmaxExample";
export const island = () => import("./OnlineSoftmaxExample.tsx").then((m) => m.OnlineSoftmaxExample);
export const props = () => import("./OnlineSoftmaxExample.schema.ts").then((m) => m.onlineSoftmaxExampleSchema);
export const embed = true;
