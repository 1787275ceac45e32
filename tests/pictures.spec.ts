import { expect, test } from "@playwright/test";
import { DESKTOP, PHONE, openConcept } from "./helpers/example-inspection.ts";

// The arithmetic, the inspection and the text of both pictures are unit tests
// (src/examples/qkv-triple/, src/charts/mixture-plot/); axe and focus rings run over every page in
// tests/site.spec.ts. Here: what only a browser shows, the layout and a pointer over the SVG.

/** The top and left edges of the q, k and v columns of the Q/K/V example. */
async function columnBoxes(page: import("@playwright/test").Page) {
  const columns = page.locator('[data-example="qkv-triple"] .qkv-column');
  await expect(columns).toHaveCount(3);
  return Promise.all([0, 1, 2].map(async (k) => (await columns.nth(k).boundingBox())!));
}

test("q, k and v stand side by side on a wide screen and one above another at 360 px", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openConcept(page, "qkv-projections", "qkv-triple");
  const wide = await columnBoxes(page);
  expect(new Set(wide.map((b) => Math.round(b.y))).size).toBe(1);
  expect(wide[0]!.x).toBeLessThan(wide[1]!.x);
  await page.setViewportSize(PHONE);
  const narrow = await columnBoxes(page);
  expect(new Set(narrow.map((b) => Math.round(b.x))).size).toBe(1);
  expect(narrow[0]!.y + narrow[0]!.height).toBeLessThanOrEqual(narrow[1]!.y);
  // Nothing sticks out of the page at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("the mixture picture follows the inspected row, and a pointer over a value point inspects it", async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await openConcept(page, "weighted-sum-of-values", "weighted-sum", "?weighted-sum.inspect=2,1");
  const plot = page.locator('[data-example="weighted-sum"] .mixture-plot');
  await expect(plot.getByRole("img")).toHaveAccessibleName("Output o₂ (“sat”) as a weighted mix of the value points");
  await plot.locator(".mixture-value circle").nth(1).hover();
  // 0.8·(0, 2) = (0, 1.6), and o₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8).
  await expect(plot.locator(".mixture-readout")).toHaveText(
    "v₁ (“cat”) adds 0.8·(0, 2) = (0, 1.6) to o₂ = (0.6, 1.8).",
  );
  await expect(plot.getByRole("button", { name: /^v₁ \(“cat”\)/ })).toHaveAttribute("aria-pressed", "true");
});
