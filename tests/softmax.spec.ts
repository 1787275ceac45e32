import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import {
  A11Y_SETTINGS,
  DESKTOP,
  INSPECT_METHODS,
  cellsWithRole,
  checkInspectedPage,
  exampleById,
  isFocused,
  openConcept,
  tabTo,
} from "./helpers/example-inspection.ts";

const SLUG = "softmax";
const HINT = "Hover, focus or tap a weight to see how softmax makes it from its row of scores.";

/** The first example: scores [[2, 1, 0], [1, 3, 1], [0, 0, 0]]. */
function softmaxExample(page: Page, id = "softmax") {
  const ex = exampleById(page, id);
  const weights = ex.group("Weights: inspect a weight");
  return {
    ...ex,
    scores: ex.group("Scores S"),
    weights,
    sums: ex.group("Row sums"),
    weight: (i: number, j: number) => weights.locator(`[data-cell="${i}-${j}"]`),
    lines: ex.readout.locator(".expansion"),
  };
}

/** Weights and what inspecting them must show, worked out by hand (see SoftmaxExample.test.tsx). */
const WEIGHTS = [
  {
    i: 1,
    j: 1,
    name: "a₁₁ ≈ 0.79",
    formula: "a₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)",
    shift: "largest score, 3, from every score in the row: (−2, 0, −2)",
    expansion: "a₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−2)) ≈ 1 / (0.135 + 1 + 0.135) ≈ 1 / 1.271 ≈ 0.787",
  },
  {
    i: 0,
    j: 2,
    name: "a₀₂ ≈ 0.09",
    formula: "a₀₂ = exp(s₀₂) / Σₖ exp(s₀ₖ)",
    shift: "largest score, 2, from every score in the row: (0, −1, −2)",
    expansion: "a₀₂ = exp(−2) / (exp(0) + exp(−1) + exp(−2)) ≈ 0.135 / (1 + 0.368 + 0.135) ≈ 0.135 / 1.503 ≈ 0.09",
  },
] as const;

async function expectInspected(page: Page, w: (typeof WEIGHTS)[number]) {
  const ex = softmaxExample(page);
  await expect(ex.lines).toHaveText([w.formula, w.expansion]);
  await expect(ex.readout).toContainText(w.shift);
  expect(await cellsWithRole(ex.scores, "ingredient"), "row i of the scores").toEqual([0, 1, 2].map((k) => `${w.i}-${k}`));
  expect(await cellsWithRole(ex.weights, "inspected")).toEqual([`${w.i}-${w.j}`]);
  await expect(ex.weight(w.i, w.j)).toHaveAttribute("aria-pressed", "true");
  // Three scores and the weight are marked, and the weight's share in the bars is outlined.
  await expect(ex.marked).toHaveCount(4);
  await expect(ex.root.locator('.row-shares .share[data-active="true"]')).toHaveCount(1);
}

test.describe("inspecting a weight", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      for (const w of WEIGHTS) {
        test(`${method.name} on ${w.name} marks row ${w.i} of S and writes out its softmax`, async ({ page }) => {
          await openConcept(page, SLUG);
          const ex = softmaxExample(page);
          await expect(ex.readout).toHaveText(HINT);
          await method.inspect(ex.weights.getByRole("button", { name: w.name, exact: true }));
          await expectInspected(page, w);
        });
      }
    });
  }
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });

  test("Tab reaches the weights; arrows move between weights; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = softmaxExample(page);
    await tabTo(page, ex.weight(0, 0));
    await expect(ex.lines.nth(0)).toHaveText("a₀₀ = exp(s₀₀) / Σₖ exp(s₀ₖ)");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.weight(0, 2))).toBe(true);
    await expectInspected(page, WEIGHTS[1]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    expect(await isFocused(ex.weight(1, 1))).toBe(true);
    await expectInspected(page, WEIGHTS[0]);
    // The weights are one tab stop: Tab leaves them, Shift+Tab comes back to the inspected one.
    await page.keyboard.press("Tab");
    expect(await isFocused(ex.weight(1, 1))).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await isFocused(ex.weight(1, 1))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(ex.readout).toHaveText(HINT);
    await expect(ex.marked).toHaveCount(0);
  });
});

test.describe("numbers", () => {
  test.use({ viewport: DESKTOP });

  test("every row of weights sums to 1", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = softmaxExample(page);
    await expect(ex.weights.locator("[data-cell]")).toHaveText(["0.67", "0.24", "0.09", "0.11", "0.79", "0.11", "0.33", "0.33", "0.33"]);
    await expect(ex.sums.locator("[data-cell]")).toHaveText(["1", "1", "1"]);
  });

  test("scores near 1000 stay finite: shifted by the row maximum they give (0.26, 0.71, 0.04)", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = softmaxExample(page, "large-scores");
    await expect(ex.weights.locator("[data-cell]")).toHaveText(["0.26", "0.71", "0.04"]);
    await ex.weight(0, 1).focus();
    await expect(ex.readout).toContainText("largest score, 1001, from every score in the row: (−1, 0, −3)");
    await expect(ex.lines.nth(1)).toHaveText("a₀₁ = exp(0) / (exp(−1) + exp(0) + exp(−3)) ≈ 1 / (0.368 + 1 + 0.05) ≈ 1 / 1.418 ≈ 0.705");
  });

  test("the inspected weight and its scores differ by border style, not colour alone", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = softmaxExample(page);
    await ex.weight(1, 1).focus();
    const border = (cell: ReturnType<typeof ex.weight>) =>
      cell.evaluate((el) => ({ style: getComputedStyle(el).borderTopStyle, width: parseFloat(getComputedStyle(el).borderTopWidth) }));
    expect((await border(ex.scores.locator('[data-cell="1-0"]'))).style).toBe("dashed");
    expect((await border(ex.scores.locator('[data-cell="0-0"]'))).style).not.toBe("dashed");
    const inspected = await border(ex.weight(1, 1));
    expect(inspected.style).toBe("solid");
    expect(inspected.width).toBeGreaterThanOrEqual(3);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the page shows the scores, weights, row sums, bars and the example in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Softmax" })).toBeVisible();
    const ex = softmaxExample(page);
    await expect(ex.scores.locator("[data-cell]")).toHaveText(["2", "1", "0", "1", "3", "1", "0", "0", "0"]);
    await expect(ex.weights.locator("[data-cell]")).toHaveText(["0.67", "0.24", "0.09", "0.11", "0.79", "0.11", "0.33", "0.33", "0.33"]);
    await expect(ex.sums.locator("[data-cell]")).toHaveText(["1", "1", "1"]);
    await expect(ex.readout).toHaveText(HINT);
    const bars = ex.root.getByRole("img", { name: "Each query’s weights as shares of one bar" });
    await expect(bars).toBeVisible();
    await expect(bars.locator("desc")).toContainText("q₁: k₀ 0.11, k₁ 0.79, k₂ 0.11.");
    const words = ex.root.getByRole("region", { name: /^Worked softmax example in words/ });
    await expect(words).toContainText(WEIGHTS[0].expansion);
    await expect(words).toContainText("Weights (0.67, 0.24, 0.09), which sum to 1.");
    await expect(page.locator("mjx-container").first().locator("svg")).toBeVisible();
  });
});

test.describe("axe", () => {
  for (const { colorScheme, viewport, label } of A11Y_SETTINGS) {
    test.describe(label, () => {
      test.use({ colorScheme, viewport });
      // Two or three full axe scans: give them time on a busy 2-core machine.
      test.slow();
      test(`/concepts/${SLUG}/ has no axe violations, before and while a weight is inspected`, async ({ page }) => {
        await openConcept(page, SLUG);
        await checkA11y(page, `${SLUG} (${label})`);
        await softmaxExample(page).weight(1, 1).focus();
        await expect(softmaxExample(page).lines).toHaveCount(2);
        await checkInspectedPage(page, `${SLUG} with a₁₁ inspected (${label})`);
      });
    });
  }
});

test.describe("console", () => {
  test.use({ viewport: DESKTOP });
  test("no error or warning on load, hydration and inspection", async ({ page }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG);
    problems.expectNone("after hydration");
    const ex = softmaxExample(page);
    await ex.weight(2, 0).hover();
    await expect(ex.lines.nth(1)).toContainText("a₂₀ =");
    await ex.weight(0, 0).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    await page.mouse.move(0, 0);
    await expect(ex.readout).toHaveText(HINT);
    problems.expectNone("after inspecting");
  });
});
