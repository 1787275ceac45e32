import { expect, test } from "@playwright/test";
import { DESKTOP } from "./helpers/example-inspection.ts";

const SLUG = "inference-misconceptions";

/** Each misconception's heading and the page its "See it" line must link to. */
const CORRECTIONS = [
  ["“The KV cache stores the queries too”", "kv-cache"],
  ["“With a cache, a decode step only touches the newest token”", "prefill-and-decode"],
  ["“The KV cache is an approximation that trades accuracy for speed”", "transformer-block"],
  ["“Masking sets future scores to 0”, or “masking zeroes the weights after softmax”", "causal-masking"],
  ["“Softmax runs down each column, over the queries”", "softmax"],
  ["“Scores are divided by the square root of the model width”", "scaled-scores"],
  ["“Multi-head attention is just the heads’ outputs side by side”", "multi-head-attention"],
  ["“FlashAttention is an approximation”", "flash-attention"],
] as const;

test.describe("reading the page", () => {
  test.use({ viewport: DESKTOP });

  test("every misconception has a correction, a reason and a link to the page that shows it", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Common Misconceptions" })).toBeVisible();
    for (const [heading, slug] of CORRECTIONS) {
      const h2 = page.getByRole("heading", { level: 2, name: heading });
      await expect(h2).toBeVisible();
      // The paragraphs up to the next heading: Correct, Why, See it.
      const section = h2.locator("xpath=following-sibling::p[position() <= 3]");
      await expect(section.nth(0)).toContainText("Correct:");
      await expect(section.nth(1)).toContainText("Why:");
      await expect(section.nth(2)).toContainText("See it:");
      await expect(section.nth(2).locator(`a[href="/concepts/${slug}/"]`)).toBeVisible();
    }
  });

  test("every link to a concept page leads to a page that exists", async ({ page, request }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const hrefs = await page
      .locator('main a[href^="/concepts/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!))]);
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });
});

// axe (light and dark, 1280 and 360 px) and a clean console on load: tests/site.spec.ts, for every page.
