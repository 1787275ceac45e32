/**
 * <DecodeWorkTable>: what prefill and each decode step compute and read. Static: rendered at build
 * time only, no island and no embed page (see src/examples/manifest.ts).
 */
export const name = "DecodeWorkTable";
export const island = null;
export const view = () => import("./DecodeWorkTable.tsx").then((m) => m.DecodeWorkTable);
export const props = () => import("./DecodeWorkTable.schema.ts").then((m) => m.decodeWorkTableSchema);
export const embed = false;
