import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById, openConcept } from "./helpers/example-inspection.ts";

// What only a browser shows on the sinusoidal and RoPE pages: each page read without JavaScript
// (tables, verdict and text version from the server), and one edit through the editor reaching
// the numbers and the link. Numbers, expansions, links and refusals are unit tests
// (src/examples/sinusoidal/, src/examples/rope/); inspection of the shared grid is tested once
// elsewhere, and the site-wide checks scan both pages.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the sinusoidal page shows PE, the dot products and the encodings in words", async ({ page }) => {
    await page.goto("/concepts/sinusoidal-positions/");
    const ex = exampleById(page, "pe-table");
    // By hand: PE(1) = (sin 1, cos 1, sin 0.01, cos 0.01) ≈ (0.84, 0.54, 0.01, 1).
    await expect(
      ex.root.locator('[aria-label="Position encodings PE: inspect an entry"] [data-cell^="1-"]'),
    ).toHaveText(["0.84", "0.54", "0.01", "1"]);
    await expect(page.getByRole("region", { name: "Encodings of positions 0 to 4, in words" })).toContainText(
      "Any two positions the same distance apart give the same dot product.",
    );
  });

  test("the RoPE page shows both scores and the verdict for (3, 1) and (7, 5)", async ({ page }) => {
    await page.goto("/concepts/rotary-position-embedding/");
    const ex = exampleById(page, "rope-4d");
    await expect(ex.root.locator(".rope-verdict")).toHaveText(
      "At (3, 1) the score is −3.4897; at (7, 5) it is −3.4897. Both pairs of positions are 2 apart, and they give the same score, equal to 9 decimals (the difference is only rounding).",
    );
  });
});

test.describe("editing", () => {
  test.use({ viewport: DESKTOP });

  test("typing a base of 100 into the RoPE editor changes θ₁ to 0.1 and goes into the link", async ({ page }) => {
    await openConcept(page, "rotary-position-embedding", "rope-4d");
    const frame = page.locator('[data-example-frame="rope-4d"]');
    await frame.getByRole("button", { name: "Edit numbers", exact: true }).click();
    await frame.locator(".example-editor").getByLabel("base", { exact: true }).fill("100");
    // θ₁ = 100^(−2/4) = 0.1.
    await expect(frame.getByRole("group", { name: "θ for each pair, base 100" }).locator("[data-cell]")).toHaveText([
      "1",
      "0.1",
    ]);
    await expect(page).toHaveURL(/rope-4d\.base=100/);
  });
});
