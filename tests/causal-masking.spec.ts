import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import {
  A11Y_SETTINGS,
  DESKTOP,
  INSPECT_METHODS,
  PHONE,
  cellsWithRole,
  checkInspectedPage,
  exampleById,
  isFocused,
  openConcept,
  tabTo,
} from "./helpers/example-inspection.ts";

const SLUG = "causal-masking";
const HINT = "Hover, focus or tap a weight to see its softmax, with masked keys adding exp(−∞) = 0.";

/** The example: scores [[1, 2, 0, 1], [0, 2, 1, 3], [1, 3, 2, 0], [0, 1, 2, 1]] for "The cat sat down". */
function maskExample(page: Page) {
  const ex = exampleById(page, "causal-mask");
  const weights = ex.group("Weights: inspect a weight");
  return {
    ...ex,
    toggle: ex.root.getByRole("checkbox", { name: /^Causal mask/ }),
    masked: ex.group("Masked scores"),
    unmasked: ex.group("Scores, no mask"),
    weights,
    sums: ex.group("Row sums"),
    weight: (i: number, j: number) => weights.locator(`[data-cell="${i}-${j}"]`),
    lines: ex.readout.locator(".expansion"),
  };
}

/** The weights with the mask on and off, worked out by hand (see CausalMaskExample.test.tsx). */
const MASKED_WEIGHTS = ["1", "0", "0", "0", "0.12", "0.88", "0", "0", "0.09", "0.67", "0.24", "0", "0.07", "0.2", "0.53", "0.2"];
// Without the mask, row 0 (1, 2, 0, 1) → 0.1966, 0.5344, 0.0723, 0.1966; row 1 (0, 2, 1, 3) →
// 0.0321, 0.2369, 0.0871, 0.6439; row 2 (1, 3, 2, 0) → 0.0871, 0.6439, 0.2369, 0.0321; row 3 as before.
const PLAIN_WEIGHTS = ["0.2", "0.53", "0.07", "0.2", "0.03", "0.24", "0.09", "0.64", "0.09", "0.64", "0.24", "0.03", "0.07", "0.2", "0.53", "0.2"];
const ABOVE_DIAGONAL = ["0-1", "0-2", "0-3", "1-2", "1-3", "2-3"];

const CAT_ON_CAT = {
  formula: "a₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)",
  expansion: "a₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−∞) + exp(−∞)) ≈ 1 / (0.135 + 1 + 0 + 0) ≈ 1 / 1.135 ≈ 0.881",
};

async function maskedCells(page: Page, group: "masked" | "weights"): Promise<string[]> {
  return maskExample(page)[group]
    .locator('[data-masked="true"]')
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.cell ?? ""));
}

test.describe("the mask switch", () => {
  test.use({ viewport: DESKTOP });

  test("with the mask on, later keys are −∞ before softmax and their weights are exactly 0", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = maskExample(page);
    await expect(ex.toggle).toBeChecked();
    await expect(ex.masked.locator("[data-cell]")).toHaveText(["1", "−∞", "−∞", "−∞", "0", "2", "−∞", "−∞", "1", "3", "2", "−∞", "0", "1", "2", "1"]);
    await expect(ex.weights.locator("[data-cell]")).toHaveText(MASKED_WEIGHTS);
    await expect(ex.sums.locator("[data-cell]")).toHaveText(["1", "1", "1", "1"]);
    expect(await maskedCells(page, "masked")).toEqual(ABOVE_DIAGONAL);
    expect(await maskedCells(page, "weights")).toEqual(ABOVE_DIAGONAL);
  });

  test("masked cells are hatched and named “masked”, not marked by colour alone", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = maskExample(page);
    const cell = ex.masked.locator('[data-cell="1-3"]');
    await expect(cell).toHaveAttribute("aria-label", "s₁₃ masked: minus infinity");
    const hatch = await cell.evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(hatch).toContain("repeating-linear-gradient");
    const plain = await ex.masked.locator('[data-cell="1-0"]').evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(plain).toBe("none");
  });

  test("toggling the mask with the keyboard changes the weights, and toggling back restores them", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = maskExample(page);
    await tabTo(page, ex.toggle);
    await page.keyboard.press("Space");
    await expect(ex.toggle).not.toBeChecked();
    await expect(ex.weights.locator("[data-cell]")).toHaveText(PLAIN_WEIGHTS);
    await expect(ex.unmasked).toBeVisible();
    await expect(ex.root.locator('[data-masked="true"]')).toHaveCount(0);
    await expect(ex.sums.locator("[data-cell]")).toHaveText(["1", "1", "1", "1"]);
    await page.keyboard.press("Space");
    await expect(ex.toggle).toBeChecked();
    await expect(ex.weights.locator("[data-cell]")).toHaveText(MASKED_WEIGHTS);
  });
});

test.describe("inspecting a weight", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      test(`${method.name} on a₁₁ shows the softmax renormalised over “The” and “cat”, masked terms 0`, async ({ page }) => {
        await openConcept(page, SLUG);
        const ex = maskExample(page);
        await expect(ex.readout).toHaveText(HINT);
        await method.inspect(ex.weights.getByRole("button", { name: "a₁₁ ≈ 0.88", exact: true }));
        await expect(ex.lines).toHaveText([CAT_ON_CAT.formula, CAT_ON_CAT.expansion]);
        await expect(ex.readout).toContainText("Keys 2 and 3 are masked: exp(−∞) = 0, so they add nothing to the sum.");
        expect(await cellsWithRole(ex.masked, "ingredient")).toEqual(["1-0", "1-1", "1-2", "1-3"]);
        expect(await cellsWithRole(ex.weights, "inspected")).toEqual(["1-1"]);
      });
    });
  }

  test.describe("after switching the mask off", () => {
    test.use({ viewport: DESKTOP });
    test("the same weight is the plain softmax of all four scores", async ({ page }) => {
      await openConcept(page, SLUG);
      const ex = maskExample(page);
      await ex.toggle.click();
      await ex.weight(1, 3).focus();
      await expect(ex.lines.nth(1)).toHaveText(
        "a₁₃ = exp(0) / (exp(−3) + exp(−1) + exp(−2) + exp(0)) ≈ 1 / (0.05 + 0.368 + 0.135 + 1) ≈ 1 / 1.553 ≈ 0.644",
      );
      await expect(ex.readout).not.toContainText("masked");
    });
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches the switch, then the weights; arrows move; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = maskExample(page);
    await tabTo(page, ex.toggle);
    await page.keyboard.press("Tab");
    expect(await isFocused(ex.weight(0, 0)), "the weights come next in tab order").toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.weight(1, 1))).toBe(true);
    await expect(ex.lines).toHaveText([CAT_ON_CAT.formula, CAT_ON_CAT.expansion]);
    await page.keyboard.press("Escape");
    await expect(ex.readout).toHaveText(HINT);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows the masked scores, the weights, the bars and which keys each token sees", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Causal Masking" })).toBeVisible();
    const ex = maskExample(page);
    await expect(ex.toggle).toBeChecked();
    await expect(ex.toggle).toBeDisabled();
    await expect(ex.weights.locator("[data-cell]")).toHaveText(MASKED_WEIGHTS);
    expect(await maskedCells(page, "masked")).toEqual(ABOVE_DIAGONAL);
    await expect(ex.root.getByRole("img", { name: "Each query’s weights as shares of one bar" })).toBeVisible();
    const words = ex.root.getByRole("region", { name: "Worked causal mask example in words" });
    await expect(words).toContainText("Sees keys 0 and 1 (“The”, “cat”); keys 2 and 3 are masked.");
    await expect(words).toContainText(CAT_ON_CAT.expansion);
  });
});

test.describe("axe", () => {
  for (const { colorScheme, viewport, label } of A11Y_SETTINGS) {
    test.describe(label, () => {
      test.use({ colorScheme, viewport });
      // Two or three full axe scans: give them time on a busy 2-core machine.
      test.slow();
      test(`/concepts/${SLUG}/ has no axe violations: masked, inspected, and with the mask off`, async ({ page }) => {
        await openConcept(page, SLUG);
        const ex = maskExample(page);
        await checkA11y(page, `${SLUG} (${label})`);
        await ex.weight(1, 1).focus();
        await expect(ex.lines).toHaveCount(2);
        await checkInspectedPage(page, `${SLUG} with a₁₁ inspected (${label})`);
        await ex.toggle.click();
        await expect(ex.toggle).not.toBeChecked();
        await checkInspectedPage(page, `${SLUG} with the mask off (${label})`);
      });
    });
  }
});

test.describe("console", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
  test("no error or warning on load, hydration, toggling and inspecting", async ({ page }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG);
    problems.expectNone("after hydration");
    const ex = maskExample(page);
    await ex.toggle.tap();
    await ex.weight(3, 2).tap();
    await expect(ex.lines.nth(1)).toContainText("a₃₂ =");
    await ex.toggle.tap();
    await expect(ex.lines.nth(1)).toContainText("a₃₂ =");
    problems.expectNone("after toggling and inspecting");
  });
});
