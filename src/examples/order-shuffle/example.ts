/** <OrderShuffleExample>: attention with no positions, before and after two words swap (see src/examples/manifest.ts). */
export const name = "OrderShuffleExample";
export const island = () => import("./OrderShuffleExample.tsx").then((m) => m.OrderShuffleExample);
export const props = () => import("./OrderShuffleExample.schema.ts").then((m) => m.orderShuffleExampleSchema);
export const embed = true;
