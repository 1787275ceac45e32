/** <RopeKvCache>: the KV cache step-through with RoPE on and a wrong-offset switch (see src/examples/manifest.ts). */
export const name = "RopeKvCache";
export const island = () => import("./RopeKvCache.tsx").then((m) => m.RopeKvCache);
export const props = () => import("./RopeKvCache.schema.ts").then((m) => m.ropeKvCacheSchema);
export const embed = true;
