/** <AttentionStep>: one step of single-head attention on a sentence (see src/examples/manifest.ts). */
export const name = "AttentionStep";
export const island = () => import("./AttentionStep.tsx").then((m) => m.AttentionStep);
export const props = () => import("./AttentionStep.schema.ts").then((m) => m.attentionStepSchema);
export const embed = true;
