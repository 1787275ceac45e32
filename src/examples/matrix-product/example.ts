/** <MatrixProductExample>: Y = X·W, one output entry at a time (see src/examples/manifest.ts). */
export const name = "MatrixProductExample";
export const island = () => import("./MatrixProductExample.tsx").then((m) => m.MatrixProductExample);
export const props = () => import("./MatrixProductExample.schema.ts").then((m) => m.matrixProductExampleSchema);
export const embed = true;
export const values = () => import("./MatrixProductExample.values.ts").then((m) => m.matrixProductValues);
