import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import {
  describeAxeWhileInspecting,
  DESKTOP,
  INSPECT_METHODS,
  cellsWithRole,
  exampleById,
  isFocused,
  openConcept,
  tabTo,
} from "./helpers/example-inspection.ts";

const SLUG = "matrix-vector-projection";

/** The "many rows" example: X (3×3, rows the, cat, sat) × W (3×2) = Y. */
function rowsExample(page: Page) {
  const ex = exampleById(page, "rows-times-columns");
  const y = ex.group("Projected rows Y = XW: inspect an entry");
  return { ...ex, x: ex.group("Embeddings X"), w: ex.group("Weight matrix W"), y, entry: (i: number, j: number) => y.locator(`[data-cell="${i}-${j}"]`) };
}

/** Entries of Y and what inspecting each must show (worked out by hand). */
const ENTRIES = [
  { i: 0, j: 1, name: "Y row 0 (“the”), column 1: minus 1", expansion: "Y₀₁ = 1·0 + 0·1 + 1·(−1) = −1" },
  { i: 2, j: 0, name: "Y row 2 (“sat”), column 0: 2", expansion: "Y₂₀ = 2·1 + 1·0 + 0·1 = 2" },
] as const;

async function expectInspected(page: Page, e: (typeof ENTRIES)[number]) {
  const ex = rowsExample(page);
  await expect(ex.expansion).toHaveText(e.expansion);
  await expect(ex.readout).toContainText(`row ${e.i} of X`);
  await expect(ex.readout).toContainText(`with column ${e.j} of W`);
  expect(await cellsWithRole(ex.x, "ingredient")).toEqual([0, 1, 2].map((c) => `${e.i}-${c}`));
  expect(await cellsWithRole(ex.w, "ingredient")).toEqual([0, 1, 2].map((r) => `${r}-${e.j}`));
  expect(await cellsWithRole(ex.y, "inspected")).toEqual([`${e.i}-${e.j}`]);
  // 3 entries of row i + 3 of column j + the inspected entry: nothing else is marked.
  await expect(ex.marked).toHaveCount(7);
}

test.describe("inspecting an entry of Y = XW", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      for (const e of ENTRIES) {
        test(`${method.name} on ${e.name} shows ${e.expansion} and marks row ${e.i} of X and column ${e.j} of W`, async ({ page }) => {
          await openConcept(page, SLUG);
          const ex = rowsExample(page);
          await expect(ex.marked).toHaveCount(0);
          await method.inspect(ex.y.getByRole("button", { name: e.name, exact: true }));
          await expectInspected(page, e);
        });
      }
    });
  }

  test.describe("one row", () => {
    test.use({ viewport: DESKTOP });
    test("the single-row example reproduces the reference numbers: y₁ = 2·10 + 3·(−1) = 17", async ({ page }) => {
      await openConcept(page, SLUG);
      const ex = exampleById(page, "one-row");
      await ex.group("Projected row y = xW: inspect an entry").getByRole("button", { name: "y row 0, column 1: 17" }).focus();
      await expect(ex.expansion).toHaveText("y₀₁ = 2·10 + 3·(−1) = 17");
    });
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches Y as one stop; arrows, Home and End move; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = rowsExample(page);
    await tabTo(page, ex.entry(0, 0));
    await expect(ex.expansion).toHaveText("Y₀₀ = 1·1 + 0·0 + 1·1 = 2");
    await expect(ex.entry(0, 1)).toHaveAttribute("tabindex", "-1");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.entry(0, 1))).toBe(true);
    await expectInspected(page, ENTRIES[0]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await isFocused(ex.entry(2, 1)), "ArrowDown stops at the last row").toBe(true);
    await page.keyboard.press("Home");
    expect(await isFocused(ex.entry(2, 0))).toBe(true);
    await expectInspected(page, ENTRIES[1]);
    await page.keyboard.press("Escape");
    await expect(ex.marked).toHaveCount(0);
    await expect(ex.readout).toHaveText("Hover, focus or tap an entry of Y to see the row of X and the column of W that make it.");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, both examples with every number, and their text alternatives", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Matrix × Vector as a Projection" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    const ex = rowsExample(page);
    await expect(ex.x.locator("[data-cell]")).toHaveText(["1", "0", "1", "0", "2", "1", "2", "1", "0"]);
    await expect(ex.w.locator("[data-cell]")).toHaveText(["1", "0", "0", "1", "1", "−1"]);
    await expect(ex.y.locator("[data-cell]")).toHaveText(["2", "−1", "1", "1", "2", "1"]);
    await expect(ex.root.locator(".matrix-row-label")).toHaveText(["the", "cat", "sat", "the", "cat", "sat"]);
    const words = ex.root.getByRole("region", { name: "Projected rows Y = XW, in words" });
    for (const e of ENTRIES) await expect(words).toContainText(e.expansion);
    await expect(exampleById(page, "one-row").root.getByRole("region")).toContainText("y₀₁ = 2·10 + 3·(−1) = 17");
  });
});

describeAxeWhileInspecting(SLUG, "Y₀₁", async (page) => {
  await rowsExample(page).entry(0, 1).focus();
  await expectInspected(page, ENTRIES[0]);
});

test("no console error or warning while inspecting", async ({ page }) => {
  const problems = watchConsole(page);
  await openConcept(page, SLUG);
  const ex = rowsExample(page);
  await ex.entry(2, 0).hover();
  await ex.entry(0, 1).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  problems.expectNone("after inspecting");
});
