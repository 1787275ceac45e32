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

const SLUG = "weighted-sum-of-values";

/** The example: weights A (3×3, rows the, cat, sat), values V (3×2), output O = AV. */
function weightedExample(page: Page) {
  const ex = exampleById(page, "weighted-sum");
  const o = ex.group("Output O = AV: inspect an entry");
  return { ...ex, a: ex.group("Attention weights A"), v: ex.group("Values V"), o, entry: (i: number, j: number) => o.locator(`[data-cell="${i}-${j}"]`) };
}

/** Entries of O and what inspecting each must show, worked out by hand. */
const ENTRIES = [
  {
    i: 2,
    j: 1,
    name: "O row 2 (“sat”), column 1: 1.8",
    expansion: "O₂₁ = 0.1·0 + 0.8·2 + 0.1·2 = 1.8",
    row: "o₂ = a₂₀·v₀ + a₂₁·v₁ + a₂₂·v₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)",
    mix: "Query 2 (“sat”) takes 0.1 of “the”, 0.8 of “cat”, 0.1 of “sat”.",
  },
  {
    i: 0,
    j: 0,
    name: "O row 0 (“the”), column 0: 2.5",
    expansion: "O₀₀ = 0.5·4 + 0.25·0 + 0.25·2 = 2.5",
    row: "o₀ = a₀₀·v₀ + a₀₁·v₁ + a₀₂·v₂ = 0.5·(4, 0) + 0.25·(0, 2) + 0.25·(2, 2) = (2.5, 1)",
    mix: "Query 0 (“the”) takes 0.5 of “the”, 0.25 of “cat”, 0.25 of “sat”.",
  },
] as const;

async function expectInspected(page: Page, e: (typeof ENTRIES)[number]) {
  const ex = weightedExample(page);
  await expect(ex.expansion).toHaveText(e.expansion);
  await expect(ex.readout.locator(".weighted-rows")).toHaveText(e.row);
  await expect(ex.readout).toContainText(e.mix);
  expect(await cellsWithRole(ex.a, "ingredient"), "query i's weights").toEqual([0, 1, 2].map((k) => `${e.i}-${k}`));
  expect(await cellsWithRole(ex.v, "ingredient"), "column j of V").toEqual([0, 1, 2].map((k) => `${k}-${e.j}`));
  expect(await cellsWithRole(ex.o, "inspected")).toEqual([`${e.i}-${e.j}`]);
  await expect(ex.marked).toHaveCount(7);
}

test.describe("inspecting an output entry", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      for (const e of ENTRIES) {
        test(`${method.name} on ${e.name} shows ${e.expansion} and the mix of value rows`, async ({ page }) => {
          await openConcept(page, SLUG);
          const ex = weightedExample(page);
          await expect(ex.marked).toHaveCount(0);
          await method.inspect(ex.o.getByRole("button", { name: e.name, exact: true }));
          await expectInspected(page, e);
        });
      }
    });
  }
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches O; arrows move; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = weightedExample(page);
    await tabTo(page, ex.entry(0, 0));
    await expectInspected(page, ENTRIES[1]);
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await isFocused(ex.entry(2, 1))).toBe(true);
    await expectInspected(page, ENTRIES[0]);
    await page.keyboard.press("Escape");
    await expect(ex.marked).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, the weights, V and O, and every output row as a mix in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Weighted Sum of Values" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    const ex = weightedExample(page);
    await expect(ex.a.locator("[data-cell]")).toHaveText(["0.5", "0.25", "0.25", "0.25", "0.5", "0.25", "0.1", "0.8", "0.1"]);
    await expect(ex.v.locator("[data-cell]")).toHaveText(["4", "0", "0", "2", "2", "2"]);
    await expect(ex.o.locator("[data-cell]")).toHaveText(["2.5", "1", "1.5", "1.5", "0.6", "1.8"]);
    const words = ex.root.getByRole("region", { name: "Output O = AV, in words" });
    await expect(words).toContainText("O₂₁ = 0.1·0 + 0.8·2 + 0.1·2 = 1.8");
    await expect(words).toContainText("o₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)");
  });
});

describeAxeWhileInspecting(SLUG, "O₂₁", async (page) => {
  await weightedExample(page).entry(2, 1).focus();
  await expectInspected(page, ENTRIES[0]);
});

test("no console error or warning while inspecting", async ({ page }) => {
  const problems = watchConsole(page);
  await openConcept(page, SLUG);
  const ex = weightedExample(page);
  await ex.entry(2, 1).hover();
  await ex.entry(0, 0).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  problems.expectNone("after inspecting");
});
