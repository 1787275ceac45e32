import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import {
  A11Y_SETTINGS,
  DESKTOP,
  INSPECT_METHODS,
  PHONE,
  cellsWithRole,
  checkInspectedPage,
  exampleById,
  isFocused,
  tabTo,
} from "./helpers/example-inspection.ts";
import { waitForHydration } from "./helpers/site.ts";

const SLUG = "kv-cache";

/** Opens the page, optionally with a query string such as "?step=3", and waits for hydration. */
async function openAt(page: Page, search = ""): Promise<void> {
  await page.goto(`/concepts/${SLUG}/${search}`);
  await waitForHydration(page);
}

/** The step-through: prompt “the cat sat”, 4 decode steps of the toy decoder. */
function stepper(page: Page) {
  const ex = exampleById(page, "kv-steps");
  const controls = ex.root.getByRole("group", { name: "Step controls" });
  return {
    ...ex,
    previous: controls.getByRole("button", { name: "Previous step" }),
    next: controls.getByRole("button", { name: "Next step" }),
    reset: controls.getByRole("button", { name: "Back to step 0" }),
    status: ex.root.locator(".kv-status"),
    reason: ex.root.locator(".kv-reason"),
    /** The frame's note about what a link asked for and could not have. */
    note: page.locator('[data-example-frame="kv-steps"] .example-note'),
    /** Layer l's key (or value) cache at a decode step (its title differs after prefill). */
    cache: (layer: 1 | 2, which: "Key" | "Value") => ex.root.getByRole("group", { name: new RegExp(`^Layer ${layer}: ${which} cache`) }),
    layerReadout: (layer: 1 | 2) => ex.root.locator(".kv-layer").nth(layer - 1).locator(".readout"),
  };
}

/** How many rows a matrix group has. */
async function rowCount(group: ReturnType<ReturnType<typeof stepper>["cache"]>): Promise<number> {
  const keys = await group.locator("[data-cell]").evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.cell!.split("-")[0]));
  return new Set(keys).size;
}

const STATUS = {
  0: "Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 3 prompt tokens.",
  1: "Step 1 of 4: decoding “mat”; each layer’s cache grows to 4 rows, the last one new.",
  2: "Step 2 of 4: decoding “the”; each layer’s cache grows to 5 rows, the last one new.",
  3: "Step 3 of 4: decoding “a”; each layer’s cache grows to 6 rows, the last one new.",
} as const;

test.describe("stepping", () => {
  test.use({ viewport: DESKTOP });

  test("with the mouse: Next grows every cache by one row, Previous and Back to step 0 go back", async ({ page }) => {
    await openAt(page);
    const s = stepper(page);
    await expect(s.status).toHaveText(STATUS[0]);
    await expect(s.previous).toBeDisabled();
    expect(await rowCount(s.cache(1, "Key"))).toBe(3);
    await s.next.click();
    await expect(s.status).toHaveText(STATUS[1]);
    for (const layer of [1, 2] as const) {
      expect(await rowCount(s.cache(layer, "Key"))).toBe(4);
      expect(await rowCount(s.cache(layer, "Value"))).toBe(4);
    }
    await expect(s.root.getByText("mat (new)", { exact: true })).toHaveCount(4);
    await s.next.click();
    await expect(s.status).toHaveText(STATUS[2]);
    expect(await rowCount(s.cache(2, "Value"))).toBe(5);
    await expect.poll(() => page.url()).toContain("?kv-steps.step=2");
    await s.previous.click();
    await expect(s.status).toHaveText(STATUS[1]);
    await s.reset.click();
    await expect(s.status).toHaveText(STATUS[0]);
    expect(await rowCount(s.cache(1, "Key"))).toBe(3);
    await expect(s.reset).toBeDisabled();
    await expect(s.reason).toHaveText("Previous step and Back to step 0 are off: this is step 0, right after prefill.");
  });

  test("with the keyboard only: Enter and Space step, focus stays on a button that turns off", async ({ page }) => {
    await openAt(page);
    const s = stepper(page);
    await tabTo(page, s.next);
    await page.keyboard.press("Enter");
    await expect(s.status).toHaveText(STATUS[1]);
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(s.status).toHaveText(/^Step 4 of 4/);
    await expect(s.next).toBeDisabled();
    await expect(s.next).toHaveAccessibleDescription("Next is off: step 4 is the last step.");
    expect(await isFocused(s.next), "Next keeps focus at the last step").toBe(true);
    await page.keyboard.press("Enter");
    await expect(s.status).toHaveText(/^Step 4 of 4/);
    await page.keyboard.press("Shift+Tab");
    expect(await isFocused(s.previous)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(s.status).toHaveText(STATUS[3]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await isFocused(s.reset)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(s.status).toHaveText(STATUS[0]);
    expect(await rowCount(s.cache(1, "Key"))).toBe(3);
  });
});

test.describe("the step in the URL", () => {
  test.use({ viewport: DESKTOP });

  test("?step=3 opens step 3 with 6 cached rows per layer", async ({ page }) => {
    await openAt(page, "?step=3");
    const s = stepper(page);
    await expect(s.status).toHaveText(STATUS[3]);
    expect(await rowCount(s.cache(1, "Key"))).toBe(6);
    await expect(s.note).toHaveCount(0);
  });

  const BAD_STEPS = {
    abc: "The link’s step was not used: “abc” is not a whole number from 0 to 5, which step needs.",
    "99": "The link’s step was not used: “99” is not a whole number from 0 to 5, which step needs.",
    "5": "The link’s numbers do not fit together, so the example shows its own: Step 5 is past the last step: this example decodes 4 tokens, so its steps go from 0 (after prefill) to 4.",
  } as const;
  for (const [bad, note] of Object.entries(BAD_STEPS)) {
    test(`?step=${bad} shows what was received and what is accepted, and falls back to step 0`, async ({ page }) => {
      await openAt(page, `?step=${bad}`);
      const s = stepper(page);
      await expect(s.note).toHaveText(note);
      await expect(s.status).toHaveText(STATUS[0]);
      await s.next.click();
      await expect.poll(() => page.url()).toContain("?kv-steps.step=1");
      expect(page.url()).not.toContain("?step=");
    });
  }
});

test.describe("the recompute check", () => {
  test.use({ viewport: DESKTOP });
  test("at step 2 both layers’ decode outputs equal the last recomputed rows, number for number", async ({ page }) => {
    await openAt(page, "?step=2");
    const s = stepper(page);
    const check = s.root.getByRole("region", { name: "Check at step 2: decode against full recomputation" });
    await expect(check.locator(".kv-verdict")).toHaveText([/^✓?\s*Equal: .* layer 1/, /^✓?\s*Equal: .* layer 2/]);
    for (const layer of [1, 2]) {
      const full = check.getByRole("group", { name: `Layer ${layer}: recomputed output H, all 5 tokens` }).locator("[data-cell]");
      const decoded = await check.getByRole("group", { name: `Layer ${layer}: decode output h` }).locator("[data-cell]").allTextContents();
      expect(decoded).toHaveLength(4);
      expect((await full.allTextContents()).slice(-4)).toEqual(decoded);
    }
    await expect(check.locator(".kv-verdict-all")).toHaveText("Verdict at step 2: the cached decode equals the full recomputation in every layer.");
  });
});

test.describe("inspecting a number", () => {
  for (const method of INSPECT_METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      test(`${method.name} on q₁ of layer 1 at step 1 shows x times column 1 of W_Q`, async ({ page }) => {
        await openAt(page, "?step=1");
        const s = stepper(page);
        await expect(s.layerReadout(1)).toHaveText("Hover, focus or tap any number of layer 1 to see how it is computed.");
        const q = s.root.getByRole("group", { name: "Layer 1: q = x·W_Q" });
        await method.inspect(q.getByRole("button", { name: "q₁: 1", exact: true }));
        await expect(s.layerReadout(1).locator(".expansion")).toHaveText("q₁ = 2·1 + 0·(−1) + (−1)·1 + 1·0 = 1");
        await expect(s.layerReadout(1)).toContainText("q is used for this step’s scores and then dropped");
        expect(await cellsWithRole(s.root.getByRole("group", { name: "Layer 1: W_Q" }), "ingredient")).toEqual(["0-1", "1-1", "2-1", "3-1"]);
        expect(await cellsWithRole(q, "inspected")).toEqual(["0-1"]);
      });
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows the prefill caches and, in words, every step’s numbers up to the last", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/?step=3`);
    await expect(page.getByRole("heading", { level: 1, name: "The KV Cache" })).toBeVisible();
    const s = stepper(page);
    await expect(s.status).toHaveText(STATUS[0]);
    await expect(s.next).toBeDisabled();
    expect(await rowCount(s.cache(1, "Key"))).toBe(3);
    await expect(s.cache(1, "Key").locator("[data-cell]")).toHaveText(["−2", "0", "0", "1", "0", "3", "1", "−1", "3", "−1", "0", "−2"]);
    const words = s.root.getByRole("region", { name: "The KV cache, step by step, in words" });
    await expect(words).toContainText("Step 0: prefill");
    await expect(words).toContainText("Step 4: decode “cat” (position 6)");
    await expect(words).toContainText("q = (0, 1, −3, 2) (used, not cached)");
    await expect(words.locator("dd").last()).toContainText("the cache has 7 rows");
    await expect(words.locator("dd").last()).toContainText(": equal. Next token: “sat”.");
  });
});

test.describe("axe", () => {
  for (const { colorScheme, viewport, label } of A11Y_SETTINGS) {
    test.describe(label, () => {
      test.use({ colorScheme, viewport });
      test.slow();
      test(`/concepts/${SLUG}/ has no axe violations at step 0 and at step 2 with a score inspected`, async ({ page }) => {
        await openAt(page);
        const s = stepper(page);
        await checkInspectedPage(page, `${SLUG} at step 0 (${label})`);
        await s.next.click();
        await s.next.click();
        await expect(s.status).toHaveText(STATUS[2]);
        // Park the mouse away from the cells: a hover wins over focus, and scrolling moves cells under it.
        await page.mouse.move(0, 0);
        await s.root.getByRole("group", { name: "Layer 2: Scores q·Kᵀ" }).locator('[data-cell="0-1"]').focus();
        await expect(s.layerReadout(2).locator(".expansion")).toHaveText(/^s₄₁ = q·k₁ = /);
        await checkInspectedPage(page, `${SLUG} at step 2 with a score inspected (${label})`);
      });
    });
  }
});

test.describe("console", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
  test("no error or warning on load, stepping, a bad ?step and inspecting", async ({ page }) => {
    const problems = watchConsole(page);
    await openAt(page, "?step=zz");
    problems.expectNone("after hydration");
    const s = stepper(page);
    await s.next.tap();
    await s.root.getByRole("group", { name: "Layer 1: Weights (softmax)" }).locator('[data-cell="0-2"]').tap();
    await expect(s.layerReadout(1).locator(".expansion")).toContainText("a₃₂ =");
    await s.next.tap();
    await s.previous.tap();
    await s.reset.tap();
    await expect(s.status).toHaveText(STATUS[0]);
    problems.expectNone("after stepping and inspecting");
  });
});
