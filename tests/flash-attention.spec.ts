import { expect, test } from "@playwright/test";
import { DESKTOP } from "./helpers/example-inspection.ts";

const SLUG = "flash-attention";

// Stepping, inspecting (hover, focus, tap), the block sizes, the link and the calculator's fields
// are unit tests (src/examples/flash-attention/, src/examples/flash-io/); the step controls by
// keyboard are tested once, on the online softmax page; axe and the rest run site-wide. Here: the
// page without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the text version gives every step and both outputs, and the calculator its counts", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "FlashAttention, Tile by Tile" })).toBeVisible();
    const words = page.getByRole("region", { name: "FlashAttention, block by block, in words" });
    // Query 0's scaled scores are (1, 0, 2, 1)/√2; after keys 2 and 3: m = √2, factor e^(−1/√2) ≈ 0.493.
    await expect(words).toContainText("Step 2: keys 2 and 3 arrive at queries 0 and 1");
    await expect(words).toContainText("Query 0: scaled scores (1.414, 0.707); m = 1.414, factor 0.493, l = 2.229");
    await expect(words).toContainText("FlashAttention against standard attention:");
    // 4·1,024² + 4·1,024·64 = 4,456,448.
    await expect(page.locator('[data-example="flash-io"]')).toContainText("= 4,456,448");
  });
});
