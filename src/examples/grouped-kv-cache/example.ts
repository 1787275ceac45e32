/** <GroupedKvStepper>: the KV cache step by step with 4 query heads sharing 4, 2 or 1 KV heads (see src/examples/manifest.ts). */
export const name = "GroupedKvStepper";
export const island = () => import("./GroupedKvStepper.tsx").then((m) => m.GroupedKvStepper);
export const props = () => import("./GroupedKvStepper.schema.ts").then((m) => m.groupedKvStepperSchema);
export const embed = true;
