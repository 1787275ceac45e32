import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById } from "./helpers/example-inspection.ts";

// Inspecting the scores by hover, focus and tap and with the keyboard is a unit test
// (src/components/inspection.cases.test.tsx); MatrixGrid, which draws S, is driven in a real
// browser once (tests/qkv-projections.spec.ts). axe, console and CSP run over every page in
// tests/site.spec.ts and tests/quality-routes.spec.ts. Here: the page reads without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, Q, K, Kᵀ and S with token labels, and every score in words", async ({ page }) => {
    await page.goto("/concepts/attention-scores/");
    await expect(page.getByRole("heading", { level: 1, name: "Attention Scores QKᵀ" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    // Q = [[1, 0], [0, 1], [1, 1]], K = [[1, 0], [2, 1], [0, 2]], S_ij = q_i·k_j, worked by hand.
    const ex = exampleById(page, "scores");
    await expect(ex.group("Queries Q").locator("[data-cell]")).toHaveText(["1", "0", "0", "1", "1", "1"]);
    await expect(ex.group("Keys K, as computed").locator("[data-cell]")).toHaveText(["1", "0", "2", "1", "0", "2"]);
    await expect(ex.group("Keys, transposed: Kᵀ").locator("[data-cell]")).toHaveText(["1", "2", "0", "0", "1", "2"]);
    await expect(ex.group("Scores S = QKᵀ: inspect an entry").locator("[data-cell]")).toHaveText([
      "1",
      "2",
      "0",
      "0",
      "1",
      "2",
      "1",
      "3",
      "2",
    ]);
    await expect(ex.root.locator(".matrix-col-label")).toHaveText(["the", "cat", "sat", "the", "cat", "sat"]);
    const words = ex.root.getByRole("region", { name: "Scores S = QKᵀ, in words" });
    await expect(words.locator("li")).toHaveCount(9);
    await expect(words).toContainText("S₂₁ = q₂·k₁ = 1·2 + 1·1 = 3");
    await expect(words).toContainText("S₁₂ = q₁·k₂ = 0·0 + 1·2 = 2");
  });
});
