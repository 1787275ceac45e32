/** <NextTokenExample>: the toy decoder's logits through temperature, top-k, top-p and a seeded draw (see src/examples/manifest.ts). */
export const name = "NextTokenExample";
export const island = () => import("./NextTokenExample.tsx").then((m) => m.NextTokenExample);
export const props = () => import("./NextTokenExample.schema.ts").then((m) => m.nextTokenExampleSchema);
export const embed = true;
