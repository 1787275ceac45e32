import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById } from "./helpers/example-inspection.ts";

// Inspecting O by hover, focus, tap and the keyboard is a unit test
// (src/components/inspection.cases.test.tsx); MatrixGrid is driven in a real browser once
// (tests/qkv-projections.spec.ts). axe, console and CSP run over every page in tests/site.spec.ts
// and tests/quality-routes.spec.ts. Here: the page without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, the weights, V and O, and every output row as a mix in words", async ({
    page,
  }) => {
    await page.goto("/concepts/weighted-sum-of-values/");
    await expect(page.getByRole("heading", { level: 1, name: "Weighted Sum of Values" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    const ex = exampleById(page, "weighted-sum");
    await expect(ex.group("Attention weights A").locator("[data-cell]")).toHaveText([
      "0.5",
      "0.25",
      "0.25",
      "0.25",
      "0.5",
      "0.25",
      "0.1",
      "0.8",
      "0.1",
    ]);
    await expect(ex.group("Values V").locator("[data-cell]")).toHaveText(["4", "0", "0", "2", "2", "2"]);
    // O = AV, e.g. o₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8).
    await expect(ex.group("Output O = AV: inspect an entry").locator("[data-cell]")).toHaveText([
      "2.5",
      "1",
      "1.5",
      "1.5",
      "0.6",
      "1.8",
    ]);
    const words = ex.root.getByRole("region", { name: "Output O = AV, in words" });
    await expect(words).toContainText("O₂₁ = 0.1·0 + 0.8·2 + 0.1·2 = 1.8");
    await expect(words).toContainText("o₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)");
  });
});
