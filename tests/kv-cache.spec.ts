import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "kv-cache";

/** Opens the page, optionally with a query string such as "?step=3", and wakes the step-through. */
async function openAt(page: Page, search = ""): Promise<void> {
  await openConcept(page, SLUG, "kv-steps", search);
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
    cache: (layer: 1 | 2, which: "Key" | "Value") =>
      ex.root.getByRole("group", { name: new RegExp(`^Layer ${layer}: ${which} cache`) }),
    layerReadout: (layer: 1 | 2) =>
      ex.root
        .locator(".kv-layer")
        .nth(layer - 1)
        .locator(".readout"),
  };
}

/** How many rows a matrix group has. */
async function rowCount(group: ReturnType<ReturnType<typeof stepper>["cache"]>): Promise<number> {
  const keys = await group
    .locator("[data-cell]")
    .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.cell!.split("-")[0]));
  return new Set(keys).size;
}

const STATUS = {
  0: "Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 3 prompt tokens.",
  1: "Step 1 of 4: decoding “mat”; each layer’s cache grows to 4 rows, the last one new.",
  2: "Step 2 of 4: decoding “the”; each layer’s cache grows to 5 rows, the last one new.",
  3: "Step 3 of 4: decoding “a”; each layer’s cache grows to 6 rows, the last one new.",
} as const;

// Stepping with the mouse, ?step=3, the other bad steps, the recompute check and inspecting a
// number (hover, focus, tap) are unit tests (src/components/KvCacheStepper.test.tsx,
// src/examples/url-state.cases.test.tsx, src/components/inspection.cases.test.tsx). axe at step 2
// with a score inspected runs in tests/site.spec.ts. Here: focus on buttons that turn off, one
// old link the example refuses, and the page without JavaScript.
test.describe("stepping", () => {
  test.use({ viewport: DESKTOP });

  test("with the keyboard only: Enter and Space step, focus stays on a button that turns off; nothing is logged", async ({
    page,
  }) => {
    const problems = watchConsole(page);
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
    problems.expectNone("after stepping");
  });
});

test.describe("the step in the URL", () => {
  test.use({ viewport: DESKTOP });

  test("?step=abc (an old link) shows what was received and what is accepted, and falls back to step 0; Next writes the new form", async ({
    page,
  }) => {
    await openAt(page, "?step=abc");
    const s = stepper(page);
    await expect(s.note).toHaveText(
      "The link’s step was not used: “abc” is not a whole number from 0 to 5, which step needs.",
    );
    await expect(s.status).toHaveText(STATUS[0]);
    await s.next.click();
    await expect.poll(() => page.url()).toContain("?kv-steps.step=1");
    expect(page.url()).not.toContain("?step=");
  });
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
    await expect(s.cache(1, "Key").locator("[data-cell]")).toHaveText([
      "−2",
      "0",
      "0",
      "1",
      "0",
      "3",
      "1",
      "−1",
      "3",
      "−1",
      "0",
      "−2",
    ]);
    const words = s.root.getByRole("region", { name: "The KV cache, step by step, in words" });
    await expect(words).toContainText("Step 0: prefill");
    await expect(words).toContainText("Step 4: decode “cat” (position 6)");
    await expect(words).toContainText("q = (0, 1, −3, 2) (used, not cached)");
    await expect(words.locator("dd").last()).toContainText("the cache has 7 rows");
    await expect(words.locator("dd").last()).toContainText(": equal. Next token: “sat”.");
  });
});
