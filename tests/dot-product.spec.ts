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

const SLUG = "dot-product";

/** One of the page's examples: vectors a and b, the results row and the plot. */
function dotExample(page: Page, id = "similar-directions") {
  const ex = exampleById(page, id);
  const results = ex.group("Results: inspect one");
  return {
    ...ex,
    a: ex.group("Vector a"),
    b: ex.group("Vector b"),
    results,
    result: (k: number) => results.locator(`[data-cell="0-${k}"]`),
    plot: ex.root.getByRole("img", { name: "The vectors a and b, the angle between them and the projection of b on a" }),
    activeParts: () => ex.root.locator(".dot-plot [data-active]").evaluateAll((parts) => parts.map((p) => p.getAttribute("class"))),
  };
}

async function expectDotInspected(page: Page) {
  const ex = dotExample(page);
  await expect(ex.expansion).toHaveText("a·b = 3·1 + 1·2 = 5");
  await expect(ex.readout).toContainText("The vectors point within 90° of each other (θ = 45°)");
  expect(await cellsWithRole(ex.a, "ingredient")).toEqual(["0-0", "0-1"]);
  expect(await cellsWithRole(ex.b, "ingredient")).toEqual(["0-0", "0-1"]);
  expect(await cellsWithRole(ex.results, "inspected")).toEqual(["0-0"]);
  expect(await ex.activeParts(), "the plot marks the angle and b's shadow").toEqual(["shadow", "angle"]);
}

test.describe("inspecting a·b", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      test(`${method.name} on a·b shows a₀b₀ + a₁b₁ = 5 and marks a, b and the plot`, async ({ page }) => {
        await openConcept(page, SLUG);
        const ex = dotExample(page);
        await expect(ex.marked).toHaveCount(0);
        await method.inspect(ex.results.getByRole("button", { name: "a dot b = 5", exact: true }));
        await expectDotInspected(page);
      });
    });
  }

  test.describe("other examples", () => {
    test.use({ viewport: DESKTOP });
    test("perpendicular vectors give 0 and opposite ones a negative dot product", async ({ page }) => {
      await openConcept(page, SLUG);
      const right = dotExample(page, "right-angle");
      await right.result(0).hover();
      await expect(right.expansion).toHaveText("a·b = 3·(−1) + 1·3 = 0");
      await expect(right.readout).toContainText("perpendicular (θ = 90°)");
      const opposite = dotExample(page, "opposite-directions");
      await opposite.result(0).hover();
      await expect(opposite.expansion).toHaveText("a·b = 3·(−2) + 1·(−1) = −7");
      await expect(opposite.readout).toContainText("more than 90° apart (θ ≈ 171.9°)");
    });
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches the results; arrows step through a·b, |a|, |b|, cos θ, b on a; Escape clears", async ({ page }) => {
    await openConcept(page, SLUG);
    const ex = dotExample(page);
    await tabTo(page, ex.result(0));
    await expectDotInspected(page);
    await page.keyboard.press("ArrowRight");
    await expect(ex.expansion).toHaveText("|a| = √(3·3 + 1·1) = √10 ≈ 3.16");
    expect(await ex.activeParts()).toEqual(["vector-a"]);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.result(3))).toBe(true);
    await expect(ex.expansion).toHaveText("cos θ = a·b / (|a|·|b|) ≈ 5 / (3.16·2.24) ≈ 0.71, so θ = 45°");
    expect(await cellsWithRole(ex.results, "ingredient"), "cos θ is made of a·b, |a| and |b|").toEqual(["0-0", "0-1", "0-2"]);
    await page.keyboard.press("End");
    await expect(ex.expansion).toHaveText("b on a = a·b / |a| ≈ 5 / 3.16 ≈ 1.58");
    await page.keyboard.press("Escape");
    await expect(ex.marked).toHaveCount(0);
    expect(await ex.activeParts()).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, three examples with plots, and every result in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Vectors and the Dot Product" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    const ex = dotExample(page);
    await expect(ex.a.locator("[data-cell]")).toHaveText(["3", "1"]);
    await expect(ex.b.locator("[data-cell]")).toHaveText(["1", "2"]);
    await expect(ex.results.locator("[data-cell]")).toHaveText(["5", "3.16", "2.24", "0.71", "1.58"]);
    await expect(ex.plot).toBeVisible();
    await expect(ex.plot.locator("desc")).toContainText("θ = 45°");
    await expect(page.getByRole("img", { name: "The vectors a and b, the angle between them and the projection of b on a" })).toHaveCount(3);
    const words = ex.root.getByRole("region", { name: "Dot product of (3, 1) and (1, 2), in words" });
    await expect(words).toContainText("a·b = 3·1 + 1·2 = 5");
    await expect(words).toContainText("cos θ = a·b / (|a|·|b|) ≈ 5 / (3.16·2.24) ≈ 0.71, so θ = 45°");
  });
});

describeAxeWhileInspecting(SLUG, "a·b", async (page) => {
  await dotExample(page).result(0).focus();
  await expectDotInspected(page);
});

test("no console error or warning while inspecting", async ({ page }) => {
  const problems = watchConsole(page);
  await openConcept(page, SLUG);
  const ex = dotExample(page);
  await ex.result(3).hover();
  await ex.result(0).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  problems.expectNone("after inspecting");
});
