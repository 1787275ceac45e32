import { expect, test } from "@playwright/test";
import { DESKTOP, exampleById } from "./helpers/example-inspection.ts";

// Inspecting the results (and the plot's marks) by hover, focus, tap and the keyboard is a unit
// test (src/components/DotProductExample.test.tsx, inspection.cases.test.tsx); MatrixGrid is
// driven in a real browser once (tests/qkv-projections.spec.ts). axe, console and CSP run over
// every page in tests/site.spec.ts and tests/quality-routes.spec.ts. Here: the page without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows its formulas, three examples with plots, and every result in words", async ({ page }) => {
    await page.goto("/concepts/dot-product/");
    await expect(page.getByRole("heading", { level: 1, name: "Vectors and the Dot Product" })).toBeVisible();
    await expect(page.locator("mjx-container svg").first()).toBeVisible();
    // a = (3, 1), b = (1, 2): a·b = 5, |a| = √10, |b| = √5, cos θ = 5/√50 ≈ 0.71, b on a = 5/√10 ≈ 1.58.
    const ex = exampleById(page, "similar-directions");
    await expect(ex.group("Vector a").locator("[data-cell]")).toHaveText(["3", "1"]);
    await expect(ex.group("Vector b").locator("[data-cell]")).toHaveText(["1", "2"]);
    await expect(ex.group("Results: inspect one").locator("[data-cell]")).toHaveText([
      "5",
      "3.16",
      "2.24",
      "0.71",
      "1.58",
    ]);
    const plot = ex.root.getByRole("img", {
      name: "The vectors a and b, the angle between them and the projection of b on a",
    });
    await expect(plot).toBeVisible();
    await expect(plot.locator("desc")).toContainText("θ = 45°");
    await expect(
      page.getByRole("img", { name: "The vectors a and b, the angle between them and the projection of b on a" }),
    ).toHaveCount(3);
    const words = ex.root.getByRole("region", { name: "Dot product of (3, 1) and (1, 2), in words" });
    await expect(words).toContainText("a·b = 3·1 + 1·2 = 5");
    await expect(words).toContainText("cos θ = a·b / (|a|·|b|) ≈ 5 / (3.16·2.24) ≈ 0.71, so θ = 45°");
  });
});
