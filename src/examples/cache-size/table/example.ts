/**
 * <CacheSizeTable>: the cache size of every preset, for readers without JavaScript. Static, no
 * props: rendered at build time only, no island and no embed page (see src/examples/manifest.ts).
 */
export const name = "CacheSizeTable";
export const island = null;
export const view = () => import("./CacheSizeTable.tsx").then((m) => m.CacheSizeTable);
export const props = null;
export const embed = false;
