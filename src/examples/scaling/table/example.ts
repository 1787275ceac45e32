/**
 * <ScalingTable>: every key size of a <ScalingPlot> at once, as a table. Static: rendered at build
 * time only, no island and no embed page (see src/examples/manifest.ts).
 */
export const name = "ScalingTable";
export const island = null;
export const view = () => import("./ScalingTable.tsx").then((m) => m.ScalingTable);
export const props = () => import("../ScalingPlot.schema.ts").then((m) => m.scalingTableSchema);
export const embed = false;
