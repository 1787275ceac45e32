import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import {
  DESKTOP,
  INSPECT_METHODS,
  cellsWithRole,
  exampleById,
  isFocused,
  openConcept,
  tabTo,
} from "./helpers/example-inspection.ts";

const SLUG = "token-embeddings";

/** The example: vocabulary the cat sat on mat, "the cat sat on the mat" → ids 0 1 2 3 0 4. */
function lookupExample(page: Page) {
  const ex = exampleById(page, "embedding-lookup");
  const tokenRow = ex.group("Sentence: inspect a token");
  const x = ex.group("Embeddings X: inspect an entry");
  return {
    ...ex,
    tokenRow,
    token: (i: number) => tokenRow.locator(`[data-token="${i}"]`),
    e: ex.group("Embedding table E"),
    x,
    entry: (i: number, c: number) => x.locator(`[data-cell="${i}-${c}"]`),
  };
}

const THE_AGAIN = {
  i: 4,
  text: "Token 4, “the”, has vocabulary id 0, so row 4 of X is row 0 of E, copied unchanged: (1, 0, 1).",
};

async function expectTokenInspected(page: Page) {
  const ex = lookupExample(page);
  await expect(ex.readout).toHaveText(THE_AGAIN.text);
  await expect(ex.token(4)).toHaveAttribute("data-role", "inspected");
  await expect(ex.token(4)).toHaveAttribute("aria-pressed", "true");
  expect(await cellsWithRole(ex.e, "ingredient"), "row 0 of E").toEqual(["0-0", "0-1", "0-2"]);
  expect(await cellsWithRole(ex.x, "ingredient"), "row 4 of X").toEqual(["4-0", "4-1", "4-2"]);
  await expect(ex.marked).toHaveCount(7);
}

// TokenRow with a real mouse, keyboard and touch screen, once; X (MatrixGrid) and the other
// examples are inspected in unit tests (src/components/EmbeddingLookup.test.tsx,
// inspection.cases.test.tsx). axe with the editor open and a value refused runs in tests/site.spec.ts.
test.describe("inspecting a token", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      test(`${method.name} on the second “the” marks row 0 of E and row 4 of X`, async ({ page }) => {
        const problems = watchConsole(page);
        await openConcept(page, SLUG, "embedding-lookup");
        const ex = lookupExample(page);
        await expect(ex.marked).toHaveCount(0);
        await expect(ex.token(4)).toHaveAccessibleName("the #0");
        await method.inspect(ex.token(4));
        await expectTokenInspected(page);
        problems.expectNone(`after ${method.name}`);
      });
    });
  }
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches the tokens, then X; arrows move within each; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG, "embedding-lookup");
    const ex = lookupExample(page);
    await tabTo(page, ex.token(0));
    await expect(ex.readout).toContainText("Token 0, “the”, has vocabulary id 0");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.token(4))).toBe(true);
    await expectTokenInspected(page);
    await page.keyboard.press("Tab");
    expect(await isFocused(ex.entry(4, 0)), "Tab goes on to X, at the inspected token's row").toBe(true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.entry(2, 1))).toBe(true);
    await expect(ex.expansion).toHaveText("X₂₁ = 0·0 + 0·2 + 1·1 + 0·1 + 0·1 = 1");
    await page.keyboard.press("Escape");
    await expect(ex.marked).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, the diagram, the table, X and the lookup in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Token Embeddings" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    await expect(page.locator("figure.diagram svg").filter({ visible: true })).toBeVisible();
    await expect(page.locator("figure.diagram figcaption")).toHaveText("From a sentence to the matrix X");
    const ex = lookupExample(page);
    await expect(ex.tokenRow.getByRole("button")).toHaveText([
      "the #0",
      "cat #1",
      "sat #2",
      "on #3",
      "the #0",
      "mat #4",
    ]);
    await expect(ex.e.locator("[data-cell]")).toHaveCount(15);
    await expect(ex.x.locator("[data-cell]")).toHaveText([
      "1",
      "0",
      "1",
      "0",
      "2",
      "1",
      "2",
      "1",
      "0",
      "1",
      "1",
      "−1",
      "1",
      "0",
      "1",
      "0",
      "1",
      "2",
    ]);
    const words = ex.root.getByRole("region", { name: "Worked embedding lookup example in words" });
    await expect(words).toContainText("“the cat sat on the mat” becomes 0, 1, 2, 3, 0, 4.");
    await expect(words).toContainText("Token 4, “the”: id 0, so row 4 of X is row 0 of E, (1, 0, 1).");
  });
});
