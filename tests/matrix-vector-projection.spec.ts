import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById } from "./helpers/example-inspection.ts";

// Inspecting Y by hover, focus, tap and the keyboard is a unit test
// (src/components/MatrixProductExample.test.tsx, inspection.cases.test.tsx); MatrixGrid is
// driven in a real browser once (tests/qkv-projections.spec.ts). axe, console and CSP run over
// every page in tests/site.spec.ts and tests/quality-routes.spec.ts. Here: the page without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, both examples with every number, and their text alternatives", async ({
    page,
  }) => {
    await page.goto("/concepts/matrix-vector-projection/");
    await expect(page.getByRole("heading", { level: 1, name: "Vector × Matrix as a Projection" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    const ex = exampleById(page, "rows-times-columns");
    await expect(ex.group("Embeddings X").locator("[data-cell]")).toHaveText([
      "1",
      "0",
      "1",
      "0",
      "2",
      "1",
      "2",
      "1",
      "0",
    ]);
    await expect(ex.group("Weight matrix W").locator("[data-cell]")).toHaveText(["1", "0", "0", "1", "1", "−1"]);
    // Y = XW, row by row: (1 + 1, 0 − 1), (0 + 1, 2 − 1), (2 + 0, 1 + 0).
    await expect(ex.group("Projected rows Y = XW: inspect an entry").locator("[data-cell]")).toHaveText([
      "2",
      "−1",
      "1",
      "1",
      "2",
      "1",
    ]);
    await expect(ex.root.locator(".matrix-row-label")).toHaveText(["the", "cat", "sat", "the", "cat", "sat"]);
    const words = ex.root.getByRole("region", { name: "Projected rows Y = XW, in words" });
    await expect(words).toContainText("Y₀₁ = 1·0 + 0·1 + 1·(−1) = −1");
    await expect(words).toContainText("Y₂₀ = 2·1 + 1·0 + 0·1 = 2");
    await expect(exampleById(page, "one-row").root.getByRole("region")).toContainText("y₀₁ = 2·10 + 3·(−1) = 17");
  });
});
