/** <ScoresExample>: attention scores S = Q·Kᵀ (see src/examples/manifest.ts). */
export const name = "ScoresExample";
export const island = () => import("./ScoresExample.tsx").then((m) => m.ScoresExample);
export const props = () => import("./ScoresExample.schema.ts").then((m) => m.scoresExampleSchema);
export const embed = true;
export const values = () => import("./ScoresExample.values.ts").then((m) => m.scoresValues);
