/** <ProjectionExample>: y = x·W for one embedding row (see src/examples/manifest.ts). */
export const name = "ProjectionExample";
export const island = () => import("./ProjectionExample.tsx").then((m) => m.ProjectionExample);
export const props = () => import("./ProjectionExample.schema.ts").then((m) => m.projectionExampleSchema);
export const embed = true;
export const values = () => import("./ProjectionExample.values.ts").then((m) => m.projectionValues);
