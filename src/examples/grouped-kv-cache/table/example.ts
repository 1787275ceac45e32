/**
 * <HeadSharingTable>: which query heads read which KV head in the toy decoder with multi-head,
 * grouped-query and multi-query attention, and what each caches per token. Static, no props:
 * rendered at build time only, no island and no embed page (see src/examples/manifest.ts).
 */
export const name = "HeadSharingTable";
export const island = null;
export const view = () => import("./HeadSharingTable.tsx").then((m) => m.HeadSharingTable);
export const props = null;
export const embed = false;
