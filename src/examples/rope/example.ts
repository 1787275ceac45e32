/** <RopeExample>: rotary position embedding by hand, and a score that depends only on m − n (see src/examples/manifest.ts). */
export const name = "RopeExample";
export const island = () => import("./RopeExample.tsx").then((m) => m.RopeExample);
export const props = () => import("./RopeExample.schema.ts").then((m) => m.ropeExampleSchema);
export const embed = true;
