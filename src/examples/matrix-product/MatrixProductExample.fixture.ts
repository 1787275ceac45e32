import { matrixProductExampleSchema } from "./MatrixProductExample.schema.ts";

/**
 * The several-rows example of content/matrix-vector-projection.mdx, with its defaults filled in as
 * the island receives it: X (3×3, rows the, cat, sat) × W (3×2) = Y. Shared by the unit tests.
 */
export const rowsExample = matrixProductExampleSchema.parse({
  id: "rows-times-columns",
  A: [
    [1, 0, 1],
    [0, 2, 1],
    [2, 1, 0],
  ],
  B: [
    [1, 0],
    [0, 1],
    [1, -1],
  ],
  left: { name: "X", title: "Embeddings X" },
  right: { name: "W", title: "Weight matrix W" },
  product: { name: "Y", title: "Projected rows Y = XW" },
  rowLabels: ["the", "cat", "sat"],
});
