/** <FlashIoCalculator>: memory reads and writes of standard attention against FlashAttention (see src/examples/manifest.ts). */
export const name = "FlashIoCalculator";
export const island = () => import("./FlashIoCalculator.tsx").then((m) => m.FlashIoCalculator);
export const props = () => import("./FlashIoCalculator.schema.ts").then((m) => m.flashIoCalculatorSchema);
export const embed = true;
