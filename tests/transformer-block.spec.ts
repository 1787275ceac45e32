import { expect, test } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, isFocused, openConcept } from "./helpers/example-inspection.ts";

const SLUG = "transformer-block";

// Values, inspection (hover, focus, tap), links and bad links of the norm and MLP examples are unit
// tests (src/examples/norm/, src/examples/mlp/); axe, HTML, links and console run on every page in
// tests/site.spec.ts. Here: the activation switch (a new control) by keyboard, a link into an
// embed, and the page without JavaScript.
test.describe("the activation switch", () => {
  test.use({ viewport: DESKTOP });

  test("arrow keys choose GELU: every number follows, the link keeps it, Reset returns to ReLU; nothing is logged", async ({
    page,
  }) => {
    const console = watchConsole(page);
    await openConcept(page, SLUG, "mlp");
    const mlp = exampleById(page, "mlp");
    const relu = mlp.root.getByRole("radio", { name: /ReLU/ });
    const gelu = mlp.root.getByRole("radio", { name: /GELU/ });
    const hidden = mlp.group("Hidden row: inspect a unit").getByRole("button");
    await expect(relu).toBeEnabled();
    await relu.focus();
    await page.keyboard.press("ArrowRight");
    await expect(gelu).toBeChecked();
    expect(await isFocused(gelu)).toBe(true);
    // GELU (tanh form) of pre = (1, −2, 1, 1), worked with python: (0.84, −0.05, 0.84, 0.84).
    await expect(hidden).toHaveText(["0.84", "−0.05", "0.84", "0.84"]);
    await expect(page).toHaveURL(/mlp\.act=gelu/);
    await page.locator('[data-example-frame="mlp"]').getByRole("button", { name: "Reset" }).click();
    await expect(relu).toBeChecked();
    await expect(hidden).toHaveText(["1", "0", "1", "1"]);
    console.expectNone("choosing GELU and resetting");
  });
});

test.describe("embedding", () => {
  test.use({ viewport: DESKTOP });

  test("the norm example's embed page takes the link's numbers and inspected entry", async ({ page }) => {
    await page.goto(`/embed/${SLUG}/norm/?norm.x=1,3&norm.gain=1,1&norm.bias=0,0&norm.inspect=rms:1`);
    const norm = exampleById(page, "norm");
    // x = (1, 3): mean square (1 + 9)/2 = 5, so RMSNorm(x)₁ = 3/√5 ≈ 1.34.
    await expect(norm.expansion).toHaveText(/^RMSNorm\(x\)₁ = .* ≈ 1\.34$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("both examples and their text versions are on the page; the switch says it needs JavaScript by being off", async ({
    page,
  }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "The Transformer Block" })).toBeVisible();
    const words = page.locator('[data-example="norm"] .in-words');
    await expect(words).toContainText("σ² = (5² + (−1)² + (−1)² + (−3)²) / 4 = 36 / 4 = 9");
    await expect(words).toContainText("Times γ: (1.89, 0.47, 0.94, 0)");
    await expect(page.locator('[data-example="mlp"] .in-words')).toContainText("hidden = ReLU(pre) = (1, 0, 1, 1)");
    await expect(page.locator('[data-example="mlp"]').getByRole("radio", { name: /GELU/ })).toBeDisabled();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  });
});
