import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, cellsWithRole, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

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
    wo: ex.group("Output weights W sub O"),
    y,
    cEntry: (i: number, j: number) => c.locator(`[data-cell="${i}-${j}"]`),
    yEntry: (i: number, j: number) => y.locator(`[data-cell="${i}-${j}"]`),
    mapReadout: ex.root.locator(".readout").nth(0),
    concatReadout: ex.root.locator(".readout").nth(1),
  };
}

const CONCAT_HINT =
  "Hover, focus or tap an entry of C to see which head it comes from, or an entry of Y to see it worked out.";

/** Head 2, “on” → “mat”: q = (2·half, 3·function) = (2, 3), k = (half, noun) = (1, 1). */
async function expectHead2OnMat(page: Page) {
  const ex = twoHeads(page);
  await expect(ex.mapReadout.locator(".expansion").first()).toHaveText("head 2: “on” → “mat”");
  await expect(ex.mapReadout.locator(".map-facts dd")).toHaveText([
    "S₂₃ = q₂·k₃ = 2·1 + 3·1 = 5",
    "5 / √2 ≈ 5 / 1.41 ≈ 3.54",
    "≈ 0.84",
  ]);
  await expect(ex.mapReadout).toContainText("divides by √2, its own dₖ");
  await expect(ex.mapCell(2, 2, 3)).toHaveAttribute("data-role", "inspected");
  expect(await cellsWithRole(ex.map(2), "ingredient")).toEqual(["2-0", "2-1", "2-2"]);
  expect(await cellsWithRole(ex.map(1), "ingredient")).toEqual([]);
}

/** C₂₂ (row “on”, column 2) is column 0 of head 2's output. */
async function expectConcatEntry(page: Page) {
  const ex = twoHeads(page);
  await expect(ex.concatReadout.locator(".expansion")).toHaveText("C₂₂ = O²₂₀ ≈ 0.89");
  await expect(ex.concatReadout).toContainText(
    "Column 2 of the concatenation is column 0 of head 2’s output, in the row of “on”",
  );
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

// Inspecting a map cell, an entry of C and an entry of Y by hover, focus and tap is a unit test
// (src/components/inspection.cases.test.tsx); the heatmap and MatrixGrid are driven in a real
// browser once (tests/self-attention-map.spec.ts, tests/qkv-projections.spec.ts). axe with eight long
// words and Y inspected runs in tests/site.spec.ts. Here: Tab between the four grids, and no JavaScript.
test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });

  test("each map, C and Y is one tab stop; arrows move inside; Escape clears; nothing is logged", async ({ page }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, "two-heads");
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
    problems.expectNone("after inspecting with the keyboard");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the page shows both maps, different from each other, every matrix and the text alternative", async ({
    page,
  }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Multi-Head Attention and the Output Weights" }),
    ).toBeVisible();
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
    await expect(page.locator("figure.diagram svg").filter({ visible: true })).toBeVisible();
  });
});
