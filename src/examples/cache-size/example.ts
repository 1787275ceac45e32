/** <CacheSizeCalculator>: the KV cache's size for a model's shape (see src/examples/manifest.ts). */
export const name = "CacheSizeCalculator";
export const island = () => import("./CacheSizeCalculator.tsx").then((m) => m.CacheSizeCalculator);
export const props = () => import("./CacheSizeCalculator.schema.ts").then((m) => m.cacheSizeCalculatorSchema);
export const embed = true;
