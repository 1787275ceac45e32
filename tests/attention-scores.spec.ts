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

const SLUG = "attention-scores";

/** The example: Q = [[1, 0], [0, 1], [1, 1]], K = [[1, 0], [2, 1], [0, 2]], tokens the, cat, sat. */
function scoresExample(page: Page) {
  const ex = exampleById(page, "scores");
  const s = ex.group("Scores S = QKᵀ: inspect an entry");
  return {
    ...ex,
    q: ex.group("Queries Q"),
    kT: ex.group("Keys, transposed: Kᵀ"),
    k: ex.group("Keys K, as computed"),
    s,
    score: (i: number, j: number) => s.locator(`[data-cell="${i}-${j}"]`),
  };
}

/** Scores and what inspecting each must show, worked out by hand: S_ij = q_i·k_j. */
const SCORES = [
  { i: 2, j: 1, name: "S row 2 (“sat”), column 1 (“cat”): 3", expansion: "S₂₁ = q₂·k₁ = 1·2 + 1·1 = 3" },
  { i: 1, j: 2, name: "S row 1 (“cat”), column 2 (“sat”): 2", expansion: "S₁₂ = q₁·k₂ = 0·0 + 1·2 = 2" },
] as const;

async function expectInspected(page: Page, c: (typeof SCORES)[number]) {
  const ex = scoresExample(page);
  await expect(ex.expansion).toHaveText(c.expansion);
  await expect(ex.readout).toContainText(`row ${c.i} of Q times row ${c.j} of K, which is column ${c.j} of Kᵀ`);
  expect(await cellsWithRole(ex.q, "ingredient"), "row i of Q").toEqual([`${c.i}-0`, `${c.i}-1`]);
  expect(await cellsWithRole(ex.kT, "ingredient"), "column j of Kᵀ").toEqual([`0-${c.j}`, `1-${c.j}`]);
  expect(await cellsWithRole(ex.k, "ingredient"), "row j of K").toEqual([`${c.j}-0`, `${c.j}-1`]);
  expect(await cellsWithRole(ex.s, "inspected")).toEqual([`${c.i}-${c.j}`]);
  await expect(ex.marked).toHaveCount(7);
}

test.describe("inspecting a score", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      for (const c of SCORES) {
        test(`${method.name} on ${c.name} shows ${c.expansion} and marks q${c.i}, k${c.j} in K and in Kᵀ`, async ({ page }) => {
          await openConcept(page, SLUG);
          const ex = scoresExample(page);
          await expect(ex.marked).toHaveCount(0);
          await method.inspect(ex.s.getByRole("button", { name: c.name, exact: true }));
          await expectInspected(page, c);
        });
      }
    });
  }
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches S; arrows walk the scores; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = scoresExample(page);
    await tabTo(page, ex.score(0, 0));
    await expect(ex.expansion).toHaveText("S₀₀ = q₀·k₀ = 1·1 + 0·0 = 1");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.score(2, 1))).toBe(true);
    await expectInspected(page, SCORES[0]);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    expect(await isFocused(ex.score(1, 2))).toBe(true);
    await expectInspected(page, SCORES[1]);
    await page.keyboard.press("Escape");
    await expect(ex.marked).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, Q, K, Kᵀ and S with token labels, and every score in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Attention Scores QKᵀ" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    const ex = scoresExample(page);
    await expect(ex.q.locator("[data-cell]")).toHaveText(["1", "0", "0", "1", "1", "1"]);
    await expect(ex.k.locator("[data-cell]")).toHaveText(["1", "0", "2", "1", "0", "2"]);
    await expect(ex.kT.locator("[data-cell]")).toHaveText(["1", "2", "0", "0", "1", "2"]);
    await expect(ex.s.locator("[data-cell]")).toHaveText(["1", "2", "0", "0", "1", "2", "1", "3", "2"]);
    await expect(ex.root.locator(".matrix-col-label")).toHaveText(["the", "cat", "sat", "the", "cat", "sat"]);
    const words = ex.root.getByRole("region", { name: "Scores S = QKᵀ, in words" });
    await expect(words.locator("li")).toHaveCount(9);
    for (const c of SCORES) await expect(words).toContainText(c.expansion);
  });
});

describeAxeWhileInspecting(SLUG, "S₂₁", async (page) => {
  await scoresExample(page).score(2, 1).focus();
  await expectInspected(page, SCORES[0]);
});

test("no console error or warning while inspecting", async ({ page }) => {
  const problems = watchConsole(page);
  await openConcept(page, SLUG);
  const ex = scoresExample(page);
  await ex.score(2, 1).hover();
  await ex.score(0, 0).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  problems.expectNone("after inspecting");
});
