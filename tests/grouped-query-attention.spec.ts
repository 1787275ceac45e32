import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "grouped-query-attention";

async function openAt(page: Page, search = ""): Promise<void> {
  await openConcept(page, SLUG, "gqa-steps", search);
}

/** The grouped step-through: “the cat sat”, 3 decode steps, 4 query heads. */
function stepper(page: Page) {
  const ex = exampleById(page, "gqa-steps");
  const controls = ex.root.getByRole("group", { name: "Step controls" });
  return {
    ...ex,
    step: controls.getByRole("button", { name: "Step" }),
    status: ex.root.locator(".step-status"),
    radio: (kvHeads: number) => ex.root.locator(`.gqa-switch input[value="${kvHeads}"]`),
    kvBoxes: (layer: number) =>
      ex.root.getByRole("group", { name: new RegExp(`^Layer ${layer}, KV head \\d, read by`) }),
  };
}

// Stepping, the switch by mouse, links, refusals and the recompute check are unit tests
// (src/examples/grouped-kv-cache/GroupedKvStepper.test.tsx); axe with a weight inspected runs in
// tests/site.spec.ts (tests/helpers/page-states.ts). Here: the MHA / GQA / MQA switch by keyboard
// (a native radio group: arrow keys move the choice) and the page without JavaScript.
test.describe("the MHA / GQA / MQA switch", () => {
  test.use({ viewport: DESKTOP });

  test("arrow keys move between MHA, GQA and MQA; the boxes, the URL and the status follow; nothing is logged", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await openAt(page, "?gqa-steps.step=1");
    const s = stepper(page);
    await expect(s.kvBoxes(1)).toHaveCount(2);
    await tabTo(page, s.radio(2));
    await page.keyboard.press("ArrowDown");
    await expect(s.radio(1)).toBeChecked();
    await expect(s.kvBoxes(1)).toHaveCount(1);
    await expect(s.kvBoxes(1)).toHaveAccessibleName("Layer 1, KV head 1, read by query heads 1, 2, 3 and 4");
    await expect(s.status).toHaveText(/^Step 1 of 3, with MQA/);
    await expect.poll(() => page.url()).toContain("gqa-steps.kvHeads=1");
    expect(await isFocused(s.radio(1)), "focus stays on the switch").toBe(true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(s.radio(4)).toBeChecked();
    await expect(s.kvBoxes(2)).toHaveCount(4);
    await expect(s.root.locator(".kv-verdict")).toHaveText([/Equal/, /Equal/]);
    problems.expectNone("after switching");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the page shows step 0 with GQA, the head-sharing table, and every step in words", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const s = stepper(page);
    await expect(s.status).toHaveText(/^Step 0 of 3, after prefill, with GQA/);
    await expect(s.step).toBeDisabled();
    await expect(s.radio(2)).toBeChecked();
    await expect(page.getByRole("region", { name: "How the query heads share KV heads" })).toContainText(
      "KV head 2: query heads 3 and 4",
    );
    const words = s.root.getByRole("region", { name: "The grouped KV cache, step by step, in words" });
    await expect(words).toContainText("Step 3: decode");
    await expect(words).toContainText("Query head 4 reads KV head 2");
    await expect(words.locator("dd").last()).toContainText(": equal.");
  });
});
