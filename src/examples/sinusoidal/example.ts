/** <SinusoidalExample>: sinusoidal position encodings and their dot products (see src/examples/manifest.ts). */
export const name = "SinusoidalExample";
export const island = () => import("./SinusoidalExample.tsx").then((m) => m.SinusoidalExample);
export const props = () => import("./SinusoidalExample.schema.ts").then((m) => m.sinusoidalExampleSchema);
export const embed = true;
