import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "causal-masking";

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
const MASKED_WEIGHTS = [
  "1",
  "0",
  "0",
  "0",
  "0.12",
  "0.88",
  "0",
  "0",
  "0.09",
  "0.67",
  "0.24",
  "0",
  "0.07",
  "0.2",
  "0.53",
  "0.2",
];
// Without the mask, row 0 (1, 2, 0, 1) → 0.1966, 0.5344, 0.0723, 0.1966; row 1 (0, 2, 1, 3) →
// 0.0321, 0.2369, 0.0871, 0.6439; row 2 (1, 3, 2, 0) → 0.0871, 0.6439, 0.2369, 0.0321; row 3 as before.
const PLAIN_WEIGHTS = [
  "0.2",
  "0.53",
  "0.07",
  "0.2",
  "0.03",
  "0.24",
  "0.09",
  "0.64",
  "0.09",
  "0.64",
  "0.24",
  "0.03",
  "0.07",
  "0.2",
  "0.53",
  "0.2",
];
const ABOVE_DIAGONAL = ["0-1", "0-2", "0-3", "1-2", "1-3", "2-3"];

const CAT_ON_CAT = {
  formula: "A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)",
  expansion: "A₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−∞) + exp(−∞)) ≈ 1 / (0.135 + 1 + 0 + 0) ≈ 1 / 1.135 ≈ 0.881",
};

async function maskedCells(page: Page, group: "masked" | "weights"): Promise<string[]> {
  const example = maskExample(page);
  return example[group]
    .locator('[data-masked="true"]')
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.cell ?? ""));
}

// The weights with and without the mask, inspecting them (hover, focus, tap, keyboard) and the
// renormalised expansions are unit tests (src/components/CausalMaskExample.test.tsx,
// inspection.cases.test.tsx). axe with a weight inspected runs in tests/site.spec.ts, with the mask
// off on the embed page. Here: hatching (CSS), the switch with the keyboard, and no JavaScript.
test.describe("the mask switch", () => {
  test.use({ viewport: DESKTOP });

  test("masked cells are hatched and named “masked”, not marked by colour alone; Space toggles the mask and back, logging nothing", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, "causal-mask");
    const ex = maskExample(page);
    await expect(ex.toggle).toBeChecked();
    const cell = ex.masked.locator('[data-cell="1-3"]');
    await expect(cell).toHaveAttribute("aria-label", "s₁₃ masked: minus infinity");
    expect(await cell.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain("repeating-linear-gradient");
    expect(await ex.masked.locator('[data-cell="1-0"]').evaluate((el) => getComputedStyle(el).backgroundImage)).toBe(
      "none",
    );
    expect(await maskedCells(page, "weights")).toEqual(ABOVE_DIAGONAL);

    await tabTo(page, ex.toggle);
    await page.keyboard.press("Space");
    await expect(ex.toggle).not.toBeChecked();
    await expect(ex.weights.locator("[data-cell]")).toHaveText(PLAIN_WEIGHTS);
    await expect(ex.unmasked).toBeVisible();
    await expect(ex.root.locator('[data-masked="true"]')).toHaveCount(0);
    await page.keyboard.press("Space");
    await expect(ex.toggle).toBeChecked();
    await expect(ex.weights.locator("[data-cell]")).toHaveText(MASKED_WEIGHTS);
    problems.expectNone("after toggling the mask");
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
