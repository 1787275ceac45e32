import { expect, test, type Page } from "@playwright/test";
import { sampleScaling } from "../src/examples/scaling/scaling-demo.ts";
import { formatWeight } from "../src/text/weight-format.ts";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, PHONE, exampleById, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "scaled-scores";
const SEED = 5; // as on the page
const HINT = "Hover or tap a bar, or focus a number in the table, to see that key’s score and weights.";
const UNSCALED = "softmax(s): not scaled";
const SCALED = "softmax(s / √dₖ): scaled";

function scalingFigure(page: Page) {
  const ex = exampleById(page, "scaling-figure");
  const numbers = ex.root.getByRole("group", { name: /^Scores and weights for dₖ = \d+: inspect a key$/ });
  return {
    ...ex,
    slider: ex.root.getByRole("slider", { name: "Key size dₖ" }),
    numbers,
    number: (key: number, col: number) => numbers.locator(`[data-cell="${key}-${col}"]`),
    chart: (name: string) => ex.root.getByRole("img", { name, exact: true }),
    barLabels: (name: string) => ex.root.getByRole("img", { name, exact: true }).locator(".bar-value"),
    slot: (name: string, key: number) => ex.root.getByRole("img", { name, exact: true }).locator(".bar-slot").nth(key),
    variance: ex.root.locator(".variance-note"),
    lines: ex.readout.locator(".expansion"),
  };
}

/** What the figure must draw for key size dₖ, from the same seeded generator the page uses. */
function expected(dk: number) {
  const sample = sampleScaling(SEED, dk, 8);
  return {
    sample,
    unscaled: sample.weights.map((w) => formatWeight(w)),
    scaled: sample.scaledWeights.map((w) => formatWeight(w)),
  };
}

async function expectKeySize(page: Page, dk: number) {
  const fig = scalingFigure(page);
  const { unscaled, scaled } = expected(dk);
  await expect(fig.slider).toHaveAttribute("aria-valuetext", `dₖ = ${dk}`);
  await expect(fig.root.locator(".key-size-value")).toHaveText(`dₖ = ${dk}`);
  await expect(fig.variance).toContainText(`close to dₖ = ${dk}.`);
  await expect(fig.barLabels(UNSCALED)).toHaveText(unscaled);
  await expect(fig.barLabels(SCALED)).toHaveText(scaled);
  await expect(fig.numbers).toHaveAccessibleName(`Scores and weights for dₖ = ${dk}: inspect a key`);
}

// The weights at every dₖ, the keyboard in the table and the expansions are unit tests
// (src/components/ScalingPlot.test.tsx, inspection.cases.test.tsx); axe at dₖ = 1024 with a key
// inspected runs in tests/site.spec.ts. Here: the slider with the keyboard, the bar chart with a
// real mouse and touch screen (the bar-chart primitive, once), and the page without JavaScript.
test.describe("choosing dₖ", () => {
  test.use({ viewport: DESKTOP });

  test("the slider starts at 64; arrow keys, Home and End change dₖ and redraw both charts", async ({ page }) => {
    await openConcept(page, SLUG, "scaling-figure");
    const fig = scalingFigure(page);
    await expect(fig.slider).toBeEnabled();
    await expectKeySize(page, 64);
    await tabTo(page, fig.slider);
    await page.keyboard.press("ArrowRight");
    await expectKeySize(page, 256);
    await page.keyboard.press("End");
    await expectKeySize(page, 1024);
    await page.keyboard.press("Home");
    await expectKeySize(page, 1);
    await page.keyboard.press("ArrowRight");
    await expectKeySize(page, 4);
  });
});

test.describe("inspecting a key", () => {
  test("mouse hover on a bar shows its score, scaled score and both weights, logging nothing", async ({ page }) => {
    const problems = watchConsole(page);
    await page.setViewportSize(DESKTOP);
    await openConcept(page, SLUG, "scaling-figure");
    const fig = scalingFigure(page);
    const { sample } = expected(64);
    await fig.slot(UNSCALED, 7).hover();
    await expect(fig.lines.nth(0)).toHaveText(/^s = q·k₇ [=≈]\u00a0\S+, a sum of 64 products$/);
    await expect(fig.lines.nth(1)).toHaveText(/^s \/ √dₖ = \S+ \/ √64 [=≈] \S+$/);
    await expect(fig.readout).toContainText(
      `Weight of k₇: ${formatWeight(sample.weights[7]!)} without scaling, ${formatWeight(sample.scaledWeights[7]!)} with it.`,
    );
    await expect(fig.root.locator('.weight-bar[data-active="true"]')).toHaveCount(2);
    await expect(fig.number(7, 2)).toHaveAttribute("data-role", "inspected");
    await page.mouse.move(0, 0);
    await expect(fig.readout).toHaveText(HINT);
    problems.expectNone("after hovering the bars");
  });

  test.describe("touch", () => {
    test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
    test("tapping a bar in the scaled chart inspects that key", async ({ page }) => {
      await openConcept(page, SLUG, "scaling-figure");
      const fig = scalingFigure(page);
      await fig.slot(SCALED, 2).tap();
      await expect(fig.readout).toContainText("Weight of k₂:");
      await expect(fig.number(2, 3)).toHaveAttribute("data-role", "inspected");
    });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows dₖ = 64: both charts with descriptions, the numbers and the table of every dₖ", async ({
    page,
  }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Scaling by √dₖ" })).toBeVisible();
    const fig = scalingFigure(page);
    await expect(fig.slider).toBeDisabled();
    await expect(fig.slider).toHaveAttribute("aria-valuetext", "dₖ = 64");
    const { unscaled, scaled } = expected(64);
    await expect(fig.barLabels(UNSCALED)).toHaveText(unscaled);
    await expect(fig.barLabels(SCALED)).toHaveText(scaled);
    await expect(fig.chart(UNSCALED).locator("desc")).toContainText(`dₖ = 64. k₀: ${unscaled[0]}, k₁: ${unscaled[1]}`);
    await expect(fig.numbers.locator("[data-cell]")).toHaveCount(32);
    await expect(fig.variance).toContainText("close to dₖ = 64");
    await expect(fig.readout).toHaveText(HINT);
    const table = page.getByRole("region", { name: "Every key size in numbers" }).getByRole("table");
    await expect(table.locator("tbody th")).toHaveText(["1", "4", "16", "64", "256", "1024"]);
    await expect(table.locator("tbody tr").last().locator("td").nth(2)).toHaveText(
      formatWeight(expected(1024).sample.largestWeight),
    );
  });
});
