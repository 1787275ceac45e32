import { expect, test } from "@playwright/test";

// The "Where am I" strip is server HTML: which step each page marks, and that every step links to
// an existing concept, are unit tests (src/pipeline/PipelineStrip.test.tsx). Here, once, in a
// browser with JavaScript off: the strip is there, readable as a list, marks the page and its
// links work; at 360 px it wraps instead of scrolling sideways.
test.describe("Where am I, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the scores page marks “scores” as the current page and its links lead to the other steps", async ({ page }) => {
    await page.goto("/concepts/attention-scores/");
    const strip = page.getByRole("navigation", { name: "Where am I in attention" });
    await expect(strip.getByRole("listitem")).toHaveCount(8);
    const current = strip.locator('a[aria-current="page"]');
    await expect(current).toHaveText("scores");
    // Marked by more than colour: the current step is bold and has a dot before it.
    await expect(current).toHaveCSS("font-weight", "700");
    expect(await current.evaluate((a) => getComputedStyle(a, "::before").content)).toContain("●");
    await strip.getByRole("link", { name: "softmax" }).click();
    await expect(page).toHaveURL(/\/concepts\/softmax\/$/);
    await expect(
      page.getByRole("navigation", { name: "Where am I in attention" }).locator("[aria-current]"),
    ).toHaveText("softmax");
  });

  test("at 360 px the strip wraps within the page", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/concepts/multi-head-attention/");
    const strip = page.getByRole("navigation", { name: "Where am I in attention" });
    await expect(strip.locator('a[aria-current="page"]')).toHaveCount(2);
    const box = await strip.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
