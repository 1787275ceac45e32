/** <QkvTripleExample>: one row x times three weight matrices, giving q, k and v (see src/examples/manifest.ts). */
export const name = "QkvTripleExample";
export const island = () => import("./QkvTripleExample.tsx").then((m) => m.QkvTripleExample);
export const props = () => import("./QkvTripleExample.schema.ts").then((m) => m.qkvTripleExampleSchema);
export const embed = true;
export const values = () => import("./QkvTripleExample.values.ts").then((m) => m.qkvTripleValues);
