/** <KvCacheStepper>: prefill, then decode steps that append to the KV cache (see src/examples/manifest.ts). */
export const name = "KvCacheStepper";
export const island = () => import("./KvCacheStepper.tsx").then((m) => m.KvCacheStepper);
export const props = () => import("./KvCacheStepper.schema.ts").then((m) => m.kvCacheStepperSchema);
export const embed = true;
