import { expect, test, type Page } from "@playwright/test";
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

const SLUG = "multi-head-attention";

/** The two-head example: two maps, each head's output, C, W_O and Y. */
function twoHeads(page: Page) {
  const ex = exampleById(page, "two-heads");
  const map = (head: 1 | 2) => ex.root.getByRole("group", { name: `Attention map of head ${head}` });
  const c = ex.group("Concatenation C: inspect an entry");
  const y = ex.group("Output Y: inspect an entry");
  return {
    ...ex,
    map,
    mapCell: (head: 1 | 2, i: number, j: number) => map(head).locator(`[data-cell="${i}-${j}"]`),
    mapRow: (head: 1 | 2, i: number) => map(head).locator(`[data-cell^="${i}-"] text`),
    headOutput: (head: 1 | 2) => ex.group(`Output ${head === 1 ? "O¹" : "O²"} of head ${head}`),
    c,
    wo: ex.group("Output weights W_O"),
    y,
    cEntry: (i: number, j: number) => c.locator(`[data-cell="${i}-${j}"]`),
    yEntry: (i: number, j: number) => y.locator(`[data-cell="${i}-${j}"]`),
    mapReadout: ex.root.locator(".readout").nth(0),
    concatReadout: ex.root.locator(".readout").nth(1),
  };
}

const MAP_HINT = "Hover, focus or tap a cell of either map to see its score, its scaling and its weight in that head.";
const CONCAT_HINT = "Hover, focus or tap an entry of C to see which head it comes from, or an entry of Y to see it worked out.";

/** Head 2, “on” → “mat”: q = (2·half, 3·function) = (2, 3), k = (half, noun) = (1, 1). */
async function expectHead2OnMat(page: Page) {
  const ex = twoHeads(page);
  await expect(ex.mapReadout.locator(".expansion").first()).toHaveText("head 2: “on” → “mat”");
  await expect(ex.mapReadout.locator(".map-facts dd")).toHaveText(["s₂₃ = q₂·k₃ = 2·1 + 3·1 = 5", "5 / √2 ≈ 5 / 1.41 ≈ 3.54", "≈ 0.84"]);
  await expect(ex.mapReadout).toContainText("divides by √2, its own dₖ");
  await expect(ex.mapCell(2, 2, 3)).toHaveAttribute("data-role", "inspected");
  expect(await cellsWithRole(ex.map(2), "ingredient")).toEqual(["2-0", "2-1", "2-2"]);
  expect(await cellsWithRole(ex.map(1), "ingredient")).toEqual([]);
}

/** C₂₂ (row “on”, column 2) is column 0 of head 2's output. */
async function expectConcatEntry(page: Page) {
  const ex = twoHeads(page);
  await expect(ex.concatReadout.locator(".expansion")).toHaveText("C₂₂ = O²₂₀ ≈ 0.89");
  await expect(ex.concatReadout).toContainText("Column 2 of the concatenation is column 0 of head 2’s output, in the row of “on”");
  expect(await cellsWithRole(ex.c, "inspected")).toEqual(["2-2"]);
  expect(await cellsWithRole(ex.headOutput(2), "ingredient")).toEqual(["2-0"]);
  expect(await cellsWithRole(ex.headOutput(1), "ingredient")).toEqual([]);
}

/** Y₀₂: row “cat” of C ≈ (0.11, 0.89, 0.5, 0.5) times column 2 of W_O, (1, 0, −1, 0). */
async function expectOutputEntry(page: Page) {
  const ex = twoHeads(page);
  await expect(ex.concatReadout.locator(".expansion")).toHaveText("Y₀₂ = 0.11·1 + 0.89·0 + 0.5·(−1) + 0.5·0 ≈ −0.39");
  await expect(ex.concatReadout).toContainText("terms 1–2 use head 1’s output and terms 3–4 use head 2’s output");
  expect(await cellsWithRole(ex.y, "inspected")).toEqual(["0-2"]);
  expect(await cellsWithRole(ex.c, "ingredient")).toEqual(["0-0", "0-1", "0-2", "0-3"]);
  expect(await cellsWithRole(ex.wo, "ingredient")).toEqual(["0-2", "1-2", "2-2", "3-2"]);
}

test.describe("inspecting the two-head example", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);

      test(`${method.name} on head 2's “on” → “mat” shows the score divided by √2 and the weight`, async ({ page }) => {
        await openConcept(page, SLUG);
        const ex = twoHeads(page);
        await expect(ex.mapReadout).toHaveText(MAP_HINT);
        await method.inspect(ex.mapCell(2, 2, 3));
        await expectHead2OnMat(page);
      });

      test(`${method.name} on an entry of C names the head and column it came from`, async ({ page }) => {
        await openConcept(page, SLUG);
        const ex = twoHeads(page);
        await expect(ex.concatReadout).toHaveText(CONCAT_HINT);
        await method.inspect(ex.cEntry(2, 2));
        await expectConcatEntry(page);
      });

      test(`${method.name} on an entry of Y writes out row i of C times column j of W_O`, async ({ page }) => {
        await openConcept(page, SLUG);
        await method.inspect(twoHeads(page).yEntry(0, 2));
        await expectOutputEntry(page);
      });
    });
  }
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });

  test("each map, C and Y is one tab stop; arrows move inside; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = twoHeads(page);
    await tabTo(page, ex.mapCell(1, 0, 0));
    await page.keyboard.press("Tab");
    expect(await isFocused(ex.mapCell(2, 0, 0)), "Tab goes from head 1's map to head 2's").toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    expect(await isFocused(ex.mapCell(2, 2, 3))).toBe(true);
    await expectHead2OnMat(page);

    await page.keyboard.press("Tab");
    expect(await isFocused(ex.cEntry(0, 0)), "the next tab stop is C").toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expectConcatEntry(page);

    await page.keyboard.press("Tab");
    expect(await isFocused(ex.yEntry(0, 0)), "then Y").toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expectOutputEntry(page);

    await page.keyboard.press("Escape");
    await expect(ex.concatReadout).toHaveText(CONCAT_HINT);
    await expect(ex.marked).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the page shows both maps, different from each other, every matrix and the text alternative", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Multi-Head Attention and W_O" })).toBeVisible();
    const ex = twoHeads(page);
    await expect(ex.map(1)).toBeVisible();
    await expect(ex.map(2)).toBeVisible();
    // Row "cat": head 1 looks at relation words, head 2 within its half.
    await expect(ex.mapRow(1, 0)).toHaveText(["0.05", "0.45", "0.45", "0.05"]);
    await expect(ex.mapRow(2, 0)).toHaveText(["0.47", "0.47", "0.03", "0.03"]);
    await expect(ex.c.locator("[data-cell]")).toHaveCount(16);
    await expect(ex.y.locator('[data-cell^="2-"]')).toHaveText(["1.79", "0.21", "0", "0"]);
    const words = page.getByRole("region", { name: "Worked multi-head example in words" });
    await expect(words).toContainText("“on” looks most at “mat”: cat 0.05, sat 0.01, on 0.1, mat 0.84.");
    await expect(words).toContainText("C row (0.11, 0.89, 0.5, 0.5)");
    await expect(page.locator("figure.diagram svg")).toBeVisible();
  });
});

test.describe("axe", () => {
  // Axe walks every cell of every matrix on this long page: seconds on an idle machine, far more
  // on a busy one, so these tests get more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });
  for (const { colorScheme, viewport, label } of A11Y_SETTINGS) {
    test.describe(label, () => {
      test.use({ colorScheme, viewport });

      test("no violations, nothing scrolling sideways, with a map cell inspected", async ({ page }) => {
        await openConcept(page, SLUG);
        await twoHeads(page).mapCell(2, 2, 3).focus();
        await expectHead2OnMat(page);
        await checkInspectedPage(page, `${SLUG} with a map cell inspected (${label})`);
      });

      test("no violations, nothing scrolling sideways, with an entry of Y inspected", async ({ page }) => {
        await openConcept(page, SLUG);
        await twoHeads(page).yEntry(0, 2).focus();
        await expectOutputEntry(page);
        await checkInspectedPage(page, `${SLUG} with Y₀₂ inspected (${label})`);
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
    const ex = twoHeads(page);
    await ex.mapCell(1, 1, 0).hover();
    await ex.cEntry(1, 3).focus();
    await page.keyboard.press("ArrowLeft");
    await ex.yEntry(3, 3).click();
    await page.keyboard.press("Escape");
    problems.expectNone("after inspecting");
  });
});
