import { expect, test } from "@playwright/test";
import { DESKTOP } from "./helpers/example-inspection.ts";

const SLUG = "cross-attention";

// Values, inspection (hover, focus, tap), links and bad links are unit tests
// (src/examples/cross-attention/); axe, HTML, links and console run on every page in
// tests/site.spec.ts. Here: the page without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the rectangular scores and the text version are on the page", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Cross-Attention" })).toBeVisible();
    const example = page.locator('[data-example="cross"]');
    // S = QKᵀ = [[4, 0, −4], [0, 4, −4]], worked by hand.
    await expect(example.getByRole("group", { name: "Scores S: inspect a score" }).locator("[data-cell]")).toHaveText([
      "4",
      "0",
      "−4",
      "0",
      "4",
      "−4",
    ]);
    await expect(example.locator(".in-words")).toContainText("The scores form a 2 × 3 matrix, and nothing is masked");
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  });
});
