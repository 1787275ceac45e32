import { expect, test } from "@playwright/test";
import { DESKTOP } from "./helpers/example-inspection.ts";

const SLUG = "next-token";

// The stages, inspecting (hover, focus, tap), T = 0, top-k, top-p, the seed and refused fields are
// unit tests (src/examples/next-token/); axe and the rest run site-wide. Here: a link that sets the
// settings, and the page without JavaScript.
test.describe("a link", () => {
  test.use({ viewport: DESKTOP });
  test("?next-token.seed=7 draws “sat”; a refused temperature is named and the page's settings stay", async ({
    page,
  }) => {
    await page.goto(`/concepts/${SLUG}/?next-token.seed=7`);
    const draw = page.locator('[data-example="next-token"] .next-token-draw');
    await expect(draw).toContainText("Next token: “sat”.");
    await page.goto(`/concepts/${SLUG}/?next-token.temperature=-1`);
    await expect(page.locator('[data-example-frame="next-token"] .example-note')).toContainText("the temperature T");
    await expect(draw).toContainText("Next token: “mat”.");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the text version gives the logits, every stage and the draw", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "From Logits to the Next Token" })).toBeVisible();
    const words = page.getByRole("region", { name: "Choosing the next token, in words" });
    // Logits after “the cat sat”: mat 4.475 is the largest; softmax at T = 1 gives it 0.5998.
    await expect(words).toContainText("mat 4.475");
    await expect(words).toContainText("mat 0.6");
    await expect(words).toContainText("the next token is “mat”, the same as the greedy choice “mat”");
  });
});
