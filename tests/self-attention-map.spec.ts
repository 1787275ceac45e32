import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, INSPECT_METHODS, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "self-attention-map";
const TOKENS = ["The", "cat", "sat", "on", "the", "mat"] as const;

/** The heatmap island: its cells are SVG buttons named "“query” looks at “key”: weight …". */
function attentionMap(page: Page) {
  const ex = exampleById(page, "cat-sat-map");
  const map = ex.root.getByRole("group", { name: "Attention map of “The cat sat on the mat”" });
  return {
    ...ex,
    map,
    cell: (i: number, j: number) => map.locator(`[data-cell="${i}-${j}"]`),
    facts: ex.root.locator(".map-facts dd"),
    activeLabels: map.locator(".heat-labels text[data-active]"),
  };
}

/** Map cells and what inspecting each must show, worked out by hand from X, W_q and W_k = I. */
const CELLS = [
  {
    i: 2,
    j: 1,
    pair: "“sat” → “cat”",
    // q(sat) = (4, 0, 0, −2), k(cat) = (1, 0, 0, −1).
    facts: [
      "“sat”, row 2",
      "“cat”, column 1",
      "S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + (−2)·(−1) = 6",
      "6 / √4 = 6 / 2 = 3",
      "≈ 0.69",
    ],
    strongest: "“cat”",
  },
  {
    i: 3,
    j: 5,
    pair: "“on” → “mat”",
    // q(on) = (7, 0, 0, 2), k(mat) = (1, 0, 0, 1): 7 + 2 = 9.
    facts: [
      "“on”, row 3",
      "“mat”, column 5",
      "S₃₅ = q₃·k₅ = 7·1 + 0·0 + 0·0 + 2·1 = 9",
      "9 / √4 = 9 / 2 = 4.5",
      "≈ 0.83",
    ],
    strongest: "“mat”",
  },
] as const;

const HINT = "Hover, focus or tap a cell of the map to see where its weight comes from.";

async function expectInspected(page: Page, c: (typeof CELLS)[number]) {
  const ex = attentionMap(page);
  await expect(ex.expansion).toHaveText(c.pair);
  await expect(ex.facts).toHaveText([...c.facts]);
  await expect(ex.readout).toContainText(`the largest goes to ${c.strongest}`);
  await expect(ex.cell(c.i, c.j)).toHaveAttribute("data-role", "inspected");
  await expect(ex.cell(c.i, c.j)).toHaveAttribute("aria-pressed", "true");
  // The query's row is marked; nothing else.
  const row = await ex.map
    .locator('[data-role="ingredient"]')
    .evaluateAll((cells) => cells.map((g) => g.getAttribute("data-cell")));
  expect(row).toEqual(TOKENS.map((_, k) => `${c.i}-${k}`).filter((cell) => cell !== `${c.i}-${c.j}`));
  await expect(ex.activeLabels).toHaveText([TOKENS[c.j], TOKENS[c.i]]);
}

async function expectNothingInspected(page: Page) {
  const ex = attentionMap(page);
  await expect(ex.readout).toHaveText(HINT);
  await expect(ex.map.locator("[data-role]")).toHaveCount(0);
}

async function strokeOf(locator: Locator) {
  return locator.locator("rect").evaluate((rect) => {
    const style = getComputedStyle(rect);
    return { width: parseFloat(style.strokeWidth), dashed: style.strokeDasharray !== "none" };
  });
}

// The heatmap (an SVG of button cells) with a real mouse, keyboard and touch screen, once: the
// other examples drawing it (the two heads) and every step of the pipeline are inspected in unit
// tests (src/components/inspection.cases.test.tsx, AttentionMap.test.tsx). axe with eight long
// words runs in tests/site.spec.ts.
test.describe("inspecting a cell of the attention map", () => {
  const c = CELLS[0];
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      test(`${method.name} on ${c.pair} shows the query, key, score, scaled score and weight and marks the row`, async ({
        page,
      }) => {
        const problems = watchConsole(page);
        await openConcept(page, SLUG, "cat-sat-map");
        await expectNothingInspected(page);
        await method.inspect(attentionMap(page).cell(c.i, c.j));
        await expectInspected(page, c);
        if (method.use.hasTouch) {
          // At 360 px every cell is a 24×24 px touch target at least.
          const box = await attentionMap(page).cell(0, 0).locator("rect").boundingBox();
          expect(box!.width).toBeGreaterThanOrEqual(24);
          expect(box!.height).toBeGreaterThanOrEqual(24);
        }
        problems.expectNone(`after ${method.name}`);
      });
    });
  }

  test.describe("mouse hover", () => {
    test.use({ viewport: DESKTOP });
    test("moving the pointer away clears a hovered cell", async ({ page }) => {
      await openConcept(page, SLUG, "cat-sat-map");
      await attentionMap(page).cell(2, 1).hover();
      await expectInspected(page, CELLS[0]);
      await page.mouse.move(0, 0);
      await expectNothingInspected(page);
    });
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });

  test("Tab reaches the map once; arrows walk to “sat” → “cat”, then “on” → “mat”, told in a polite live region; Escape clears", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, "cat-sat-map");
    const ex = attentionMap(page);
    await expect(ex.readout).toHaveAttribute("aria-live", "polite");
    await tabTo(page, ex.cell(0, 0));
    await expect(ex.cell(0, 0)).toHaveAttribute("tabindex", "0");
    await expect(ex.map.locator('[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.cell(2, 1)), "arrows move focus to “sat” → “cat”").toBe(true);
    await expectInspected(page, CELLS[0]);
    const focused = await strokeOf(ex.cell(2, 1));
    expect(focused.width, "the focused cell is drawn with a thick solid stroke").toBeGreaterThanOrEqual(3);
    expect(focused.dashed).toBe(false);

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    expect(await isFocused(ex.cell(3, 5)), "ArrowDown then End reach “on” → “mat”").toBe(true);
    await expectInspected(page, CELLS[1]);
    await page.keyboard.press("ArrowRight");
    expect(await isFocused(ex.cell(3, 5)), "ArrowRight stops at the last key").toBe(true);

    // One tab stop: Tab leaves the map, Shift+Tab comes back to the inspected cell.
    await page.keyboard.press("Tab");
    expect(await isFocused(ex.cell(3, 5))).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await isFocused(ex.cell(3, 5)), "Shift+Tab returns to the inspected cell").toBe(true);

    await page.keyboard.press("Escape");
    await expectNothingInspected(page);
    problems.expectNone("after inspecting with the keyboard");
  });
});

test.describe("highlighting", () => {
  test.use({ viewport: DESKTOP });

  test("the inspected cell and its row differ by stroke width and dashes, not colour alone", async ({ page }) => {
    await openConcept(page, SLUG, "cat-sat-map");
    const ex = attentionMap(page);
    const plain = await strokeOf(ex.cell(2, 0));
    await ex.cell(2, 1).hover();
    await expectInspected(page, CELLS[0]);
    const inspected = await strokeOf(ex.cell(2, 1));
    const row = await strokeOf(ex.cell(2, 0));
    const other = await strokeOf(ex.cell(1, 0));
    expect(inspected).toEqual({ width: expect.any(Number), dashed: false });
    expect(inspected.width).toBeGreaterThan(plain.width + 1);
    expect(row.dashed, "the rest of the query's row is dashed").toBe(true);
    expect(other).toEqual(plain);
  });
});

test.describe("the steps", () => {
  test.use({ viewport: DESKTOP });

  test("show one at a time behind tabs that move by keyboard, and a link to a step's example opens that step", async ({
    page,
  }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const tabs = page.getByRole("tablist", { name: "Steps from embeddings to output" }).getByRole("tab");
    await expect(tabs).toHaveText(["1. Queries", "2. Scores", "3. Scaling", "4. Softmax", "5. Output"]);
    const visible = page.locator(".step-tab").filter({ visible: true });
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute("id", "map-step-queries");

    await tabs.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(visible).toHaveAttribute("id", "map-step-scores");
    // The shown step's numbers are inspectable as anywhere else: S₂₁ = q₂·k₁ = 6.
    const scores = exampleById(page, "cat-sat-scores");
    await scores.group("Scores S = QKᵀ: inspect an entry").locator('[data-cell="2-1"]').hover();
    await expect(scores.expansion).toContainText("S₂₁ = q₂·k₁ =");
    await expect(scores.expansion).toContainText("= 6");

    await page.getByRole("button", { name: "Next: 3. Scaling →" }).click();
    await expect(visible).toHaveAttribute("id", "map-step-scaling");

    await page.goto(`/concepts/${SLUG}/#cat-sat-weights`);
    await expect(visible).toHaveAttribute("id", "map-step-softmax");
    await expect(page.locator("#cat-sat-weights")).toBeInViewport();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the page shows the map with every weight, its text alternative and every step's matrices", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "The Self-Attention Map" })).toBeVisible();
    const ex = attentionMap(page);
    await expect(ex.map).toBeVisible();
    await expect(ex.map.locator(".heat-cell")).toHaveCount(36);
    await expect(ex.map.locator('[data-cell^="2-"] text')).toHaveText(["0.09", "0.69", "0.09", "0.01", "0.01", "0.09"]);
    await expect(ex.map.locator("desc")).toContainText("sat → cat; on → mat");
    await expect(ex.readout).toHaveText(HINT);

    const words = page.getByRole("region", { name: "The map in words" });
    await expect(words).toContainText(
      "“sat” looks most at “cat”: The 0.09, cat 0.69, sat 0.09, on 0.01, the 0.01, mat 0.09.",
    );
    await expect(words).toContainText("“mat” looks most at “the”");

    for (const id of ["cat-sat-queries", "cat-sat-scores", "cat-sat-scaled", "cat-sat-weights", "cat-sat-output"]) {
      await expect(exampleById(page, id).root.locator("[data-cell]").first()).toBeVisible();
    }
    await expect(page.locator("figure.diagram svg").filter({ visible: true })).toBeVisible();
  });
});
