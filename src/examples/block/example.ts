/** <BlockExample>: tokens through the toy pre-norm block, the residual stream and what W_O writes (see src/examples/manifest.ts). */
export const name = "BlockExample";
export const island = () => import("./BlockExample.tsx").then((m) => m.BlockExample);
export const props = () => import("./BlockExample.schema.ts").then((m) => m.blockExampleSchema);
export const embed = true;
