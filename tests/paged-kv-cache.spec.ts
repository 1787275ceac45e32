import { expect, test } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "paged-kv-cache";

/** The paged cache: 2 sequences share a 6-token prompt in blocks of 4, then write 4 tokens each. */
function paged(page: import("@playwright/test").Page) {
  const ex = exampleById(page, "paged-cache");
  const controls = ex.root.getByRole("group", { name: "Step controls" });
  return {
    ...ex,
    step: controls.getByRole("button", { name: "Step" }),
    status: ex.root.locator(".step-status"),
    tables: ex.root.getByRole("group", { name: "Block tables" }),
    readout: ex.root.locator(".readout"),
    editor: page.locator('[data-example-frame="paged-cache"]'),
  };
}

// Stepping, inspecting, links, refusals and the counts are unit tests
// (src/examples/paged-cache/PagedCacheExample.test.tsx); axe at step 1 with an entry inspected runs
// in tests/site.spec.ts. Here: stepping and inspecting by keyboard together, a refused field in the
// editor, and the page without JavaScript.
test.describe("the paged cache", () => {
  test.use({ viewport: DESKTOP });

  test("Enter steps, arrow keys move along a block table, the readout follows; nothing is logged", async ({ page }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, "paged-cache");
    const p = paged(page);
    await tabTo(page, p.step);
    await page.keyboard.press("Enter");
    await expect(p.status).toHaveText(/^Step 1 of 4: .*1 copy on write/);
    expect(await isFocused(p.step)).toBe(true);
    await tabTo(page, p.tables.locator("[data-cell]").first());
    await page.keyboard.press("ArrowRight");
    await expect(p.readout).toContainText("Sequence 0, logical block 1 → physical block 2");
    await expect(p.readout).toContainText("copied from block 1");
    await expect(p.tables.locator('[data-role="ingredient"]')).toHaveCount(0);
    await page.keyboard.press("ArrowLeft");
    await expect(p.tables.locator('[data-role="ingredient"]')).toHaveCount(1);
    problems.expectNone("after stepping and inspecting");
  });

  test("a block size larger than a sequence is refused in words and the last valid numbers stay", async ({ page }) => {
    await openConcept(page, SLUG, "paged-cache");
    const p = paged(page);
    await p.editor.locator(".example-tools-row").getByRole("button", { name: "Edit numbers" }).click();
    const field = p.editor.locator(".example-editor").getByLabel("block size B", { exact: true });
    await field.fill("11");
    await expect(p.editor).toContainText("The block size B must be a whole number from 1 to 10");
    await expect(p.tables.locator("[data-cell]")).toHaveText(["0", "1", "0", "1"]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows step 0's tables, the totals and every step in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const p = paged(page);
    await expect(p.status).toHaveText(/^Step 0 of 4, after prefill/);
    await expect(p.step).toBeDisabled();
    await expect(p.tables.locator("[data-cell]")).toHaveText(["0", "1", "0", "1"]);
    await expect(p.root.locator(".paged-memory")).toContainText("= 5 blocks. Saved: 1 block, 4 token slots.");
    const words = p.root.getByRole("region", { name: "The paged cache, step by step, in words" });
    await expect(words).toContainText("Block tables: sequence 0 → [0, 2, 3]; sequence 1 → [0, 1, 4].");
  });
});
