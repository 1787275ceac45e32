import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById, openConcept } from "./helpers/example-inspection.ts";

// What only a browser shows on the RoPE + KV cache page: the page read without JavaScript (the
// step-through's text version from the server), and the base and the offset switch reaching the
// numbers and the link. Numbers, expansions, links and refusals are unit tests
// (src/examples/rope-kv-cache/); the step controls, the word choice and the grids are tested once
// elsewhere, and the site-wide checks scan the page (with the wrong offset, see page-states.ts).

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the text version gives each step's turn position and its drift", async ({ page }) => {
    await page.goto("/concepts/rope-kv-cache/");
    await expect(exampleById(page, "rope-kv").root).toBeVisible();
    const words = page.getByRole("region", { name: "RoPE in the cache, in words" });
    await expect(words).toContainText("RoPE is on with base");
    // The prompt has 3 tokens, so decode step 1 is at position 3 and must be turned at 3.
    await expect(words).toContainText(
      "The new token sits at position 3 and its q and k are turned at 3: its own position.",
    );
    await expect(words.getByRole("listitem")).toHaveCount(3);
  });
});

test.describe("editing", () => {
  test.use({ viewport: DESKTOP });

  test("a base of 100 stays exact; the wrong offset then drifts, in the numbers and the link", async ({ page }) => {
    await openConcept(page, "rope-kv-cache", "rope-kv");
    const frame = page.locator('[data-example-frame="rope-kv"]');
    await frame.getByRole("button", { name: "Edit numbers", exact: true }).click();
    await frame.locator(".example-editor").getByLabel("base", { exact: true }).fill("100");
    await expect(page).toHaveURL(/rope-kv\.base=100/);
    await frame
      .getByRole("group", { name: "Step controls" })
      .getByRole("button", { name: "Step", exact: true })
      .click();
    const drift = frame.locator(".rope-kv-drift");
    await expect(drift).toHaveAttribute("data-verdict", "equal");
    await frame.getByRole("radio", { name: /position 0/ }).check();
    await expect(drift).toHaveAttribute("data-verdict", "different");
    await expect(drift).toContainText("turned at 0: the wrong offset");
    await expect(page).toHaveURL(/rope-kv\.offset=wrong/);
  });
});
