import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById } from "./helpers/example-inspection.ts";

// Inspecting the weights by hover, focus, tap and the keyboard, the row sums and very large
// scores are unit tests (src/components/SoftmaxExample.test.tsx, inspection.cases.test.tsx);
// MatrixGrid and its border styles are driven in a real browser once (tests/qkv-projections.spec.ts).
// axe, console and CSP run over every page in tests/site.spec.ts and tests/quality-routes.spec.ts.
// Here: the page without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the page shows the scores, weights, row sums, bars and the example in words", async ({ page }) => {
    await page.goto("/concepts/softmax/");
    await expect(page.getByRole("heading", { level: 1, name: "Softmax" })).toBeVisible();
    const ex = exampleById(page, "softmax");
    await expect(ex.group("Scores S").locator("[data-cell]")).toHaveText(["2", "1", "0", "1", "3", "1", "0", "0", "0"]);
    // (2, 1, 0) → (0.67, 0.24, 0.09), (1, 3, 1) → (0.11, 0.79, 0.11), (0, 0, 0) → ⅓ each.
    await expect(ex.group("Weights: inspect a weight").locator("[data-cell]")).toHaveText([
      "0.67",
      "0.24",
      "0.09",
      "0.11",
      "0.79",
      "0.11",
      "0.33",
      "0.33",
      "0.33",
    ]);
    await expect(ex.group("Row sums").locator("[data-cell]")).toHaveText(["1", "1", "1"]);
    await expect(ex.readout).toHaveText(
      "Hover, focus or tap a weight to see how softmax makes it from its row of scores.",
    );
    const bars = ex.root.getByRole("img", { name: "Each query’s weights as shares of one bar" });
    await expect(bars).toBeVisible();
    await expect(bars.locator("desc")).toContainText("q₁: k₀ 0.11, k₁ 0.79, k₂ 0.11.");
    const words = ex.root.getByRole("region", { name: /^Worked softmax example in words/ });
    await expect(words).toContainText(
      "A₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−2)) ≈ 1 / (0.135 + 1 + 0.135) ≈ 1 / 1.271 ≈ 0.787",
    );
    await expect(words).toContainText("Weights (0.67, 0.24, 0.09), which sum to 1.");
    await expect(page.locator("mjx-container").first().locator("svg")).toBeVisible();
  });
});
