import { expect, test } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "online-softmax";

// Inspecting by hover, focus and tap, stepping with the mouse, the tile size, refusals and the
// link are unit tests (src/examples/online-softmax/*.test.tsx); axe and the rest run site-wide.
// Here: the step-through and the tile-size buttons by keyboard only, and the page without JavaScript.
test.describe("stepping through the tiles", () => {
  test.use({ viewport: DESKTOP });

  test("with the keyboard only: Step to the end, the weights equal softmax; Bc = 5 keeps them; focus stays on a button that turns off", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, "online-softmax");
    const { root } = exampleById(page, "online-softmax");
    const controls = root.getByRole("group", { name: "Tile controls" });
    const step = controls.getByRole("button", { name: "Step", exact: true });
    const status = root.locator(".step-status");
    await tabTo(page, step);
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(/^1 of 3 tiles read/);
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(/^3 of 3 tiles read/);
    await expect(step).toHaveAttribute("aria-disabled", "true");
    expect(await isFocused(step), "Step keeps focus at the last tile").toBe(true);
    await expect(root.locator(".tiled-verdict")).toHaveAttribute("data-verdict", "equal");
    const whole = root.getByRole("group", { name: "Tile size B sub c" }).getByRole("button", { name: "B sub c = 5" });
    await tabTo(page, whole);
    await page.keyboard.press("Enter");
    await expect(whole).toHaveAttribute("aria-pressed", "true");
    await expect(status).toHaveText(/^1 of 1 tile/);
    await expect(root.locator(".tiled-verdict")).toHaveAttribute("data-verdict", "equal");
    problems.expectNone("after stepping");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the text version gives every tile's m, factor and l, and the weights beside softmax", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Online Softmax" })).toBeVisible();
    const words = page.getByRole("region", { name: "Online softmax, tile by tile, in words" });
    await expect(words).toContainText("Tile 1: positions 2 and 3, scores (2, 5)");
    // Hand-worked: l after tile 1 = (e^−2 + 1)·e^−2 + e^−3 + 1 ≈ 1.203, and after tile 2 + e^−1 ≈ 1.571.
    await expect(words).toContainText("factor = exp(3 − 5) = exp(−2) ≈ 0.135");
    await expect(words).toContainText("≈ 1.203");
    await expect(words).toContainText("Weights from the last m = 5 and l = 1.571");
    await expect(words).toContainText("(0.012, 0.086, 0.032, 0.636, 0.234)");
  });
});
