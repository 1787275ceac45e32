/** <ScalingPlot>: softmax of random scores with and without dividing by √dₖ (see src/examples/manifest.ts). */
export const name = "ScalingPlot";
export const island = () => import("./ScalingPlot.tsx").then((m) => m.ScalingPlot);
export const props = () => import("./ScalingPlot.schema.ts").then((m) => m.scalingPlotSchema);
export const embed = true;
