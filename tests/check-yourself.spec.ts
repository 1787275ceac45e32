import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, PHONE, isFocused } from "./helpers/example-inspection.ts";
import { DIST, isConceptRoute, prerenderedPages, wakeIsland } from "./helpers/site.ts";
import { formatNumber } from "../src/math/index.ts";
import { generateExercise, solveExercise, type ExerciseSpec } from "../src/exercises/index.ts";

const SLUG = "qkv-projections";
/** The qkv page's second exercise as written in content/qkv-projections.mdx. */
const QKV_2: ExerciseSpec = {
  kind: "projection-entry",
  x: [1, -2],
  W: [
    [3, 1],
    [2, 4],
  ],
  j: 1,
};

/** Wakes the page's Check yourself island (scrolled into view) and waits for its exercises. */
async function wakeExercises(page: Page) {
  const id = await page.locator('[data-island="CheckYourself"]').getAttribute("id");
  await wakeIsland(page, id!);
}

/** Opens the qkv page (with an optional query), scrolls to "Check yourself" and waits for the exercises. */
async function openCheck(page: Page, query = "") {
  await page.goto(`/concepts/${SLUG}/${query}`);
  await wakeExercises(page);
  await expect(page.locator('[data-exercise="qkv-check-1"]')).toBeVisible();
  return {
    exercise: (n: number) => {
      const root = page.locator(`[data-exercise="qkv-check-${n}"]`);
      return {
        root,
        input: root.getByLabel("Your answer"),
        live: root.getByRole("status"),
        button: (name: string) => root.getByRole("button", { name, exact: true }),
        tableNumbers: () => root.locator(".ex-table tbody td").allInnerTexts(),
      };
    },
  };
}

test.use({ viewport: DESKTOP });

test("a right answer is confirmed with the worked expansion y₀ = 2·1 + 3·0 = 2", async ({ page }) => {
  const console = watchConsole(page);
  const check = await openCheck(page);
  const ex = check.exercise(1);
  await ex.input.fill(" 2.0 ");
  await ex.input.press("Enter");
  await expect(ex.live).toContainText("✓ Right. 2 is right.");
  await expect(ex.live).toContainText("y₀ = 2·1 + 3·0 = 2");
  console.expectNone("after answering");
});

test("a wrong answer names the slip with the learner's numbers; hint and show answer give the working", async ({
  page,
}) => {
  const check = await openCheck(page);
  const ex = check.exercise(1);
  // x·(row 0 of W) = 2·1 + 3·10 = 32: the row instead of the column.
  await ex.input.fill("32");
  await ex.input.press("Enter");
  await expect(ex.live).toContainText(
    "✗ Not yet. You wrote 32. That is x·(row 0 of W) = 2·1 + 3·10 = 32: you used row 0 of W.",
  );
  await expect(ex.live.locator(".ex-working")).toHaveText("y₀ = 2·1 + 3·0");
  await ex.button("Hint").click();
  await expect(ex.root.locator(".ex-hint")).toContainText("column 0 of W, (1, 0)");
  await ex.button("Show answer").click();
  await expect(ex.root.locator(".ex-shown")).toContainText("Answer: 2");
  await expect(ex.root.locator(".ex-shown")).toContainText("y₀ = 2·1 + 3·0 = 2");
  // A dropped sign on exercise 2: 1·1 + 2·4 = 9 instead of 1·1 + (−2)·4 = −7.
  const second = check.exercise(2);
  await second.input.fill("9");
  await second.input.press("Enter");
  await expect(second.live).toContainText("a minus sign was dropped");
});

test("nonsense gets a clear message, is not counted as wrong and keeps what was typed", async ({ page }) => {
  const check = await openCheck(page);
  const ex = check.exercise(1);
  for (const text of ["abc", "1e999", ""]) {
    await ex.input.fill(text);
    await ex.input.press("Enter");
    await expect(ex.live).toContainText("? Not an answer.");
    await expect(ex.live).toContainText("Type a number such as 17, −1 or 0.25.");
    await expect(ex.input).toHaveAttribute("aria-invalid", "true");
    await expect(ex.input).toHaveValue(text);
  }
  await expect(ex.live).not.toContainText("✗");
  // U+2212 minus is an ordinary answer: −7 for exercise 2.
  const second = check.exercise(2);
  await second.input.fill("\u22127");
  await second.input.press("Enter");
  await expect(second.live).toContainText("✓ Right.");
});

test("a seed in the URL gives every learner the same new numbers; New numbers writes one", async ({ page }) => {
  const variant = solveExercise(generateExercise(QKV_2, 42));
  if (variant.answer !== "number") throw new Error("expected a numeric exercise");
  const check = await openCheck(page, "?seed.qkv-check-2=42");
  const ex = check.exercise(2);
  await expect(ex.root).toHaveAttribute("data-seed", "42");
  await expect(ex.root.locator(".ex-prompt")).toHaveText(variant.prompt);
  const shown = variant.tables.flatMap((t) => t.rows.flat()).map((v) => formatNumber(v, 4));
  expect(await ex.tableNumbers()).toEqual(shown);
  await ex.input.fill(formatNumber(variant.value));
  await ex.input.press("Enter");
  await expect(ex.live).toContainText("✓ Right.");

  await ex.button("New numbers").click();
  await expect(ex.live).toContainText("New numbers: the question above has changed.");
  const seed = new URL(page.url()).searchParams.get("qkv-check-2.seed");
  expect(seed).toMatch(/^\d+$/);
  const fresh = solveExercise(generateExercise(QKV_2, Number(seed)));
  await expect(ex.root.locator(".ex-prompt")).toHaveText(fresh.prompt);
  // The same link shows the same numbers after a reload.
  await page.reload();
  await wakeExercises(page);
  await expect(check.exercise(2).root).toHaveAttribute("data-seed", String(seed));
  await check.exercise(2).button("Page's numbers").click();
  expect(new URL(page.url()).searchParams.has("qkv-check-2.seed")).toBe(false);
  expect(await check.exercise(2).tableNumbers()).toEqual(["1", "−2", "3", "1", "2", "4"]);
});

test("a bad seed in the URL shows a short note and the page's own numbers", async ({ page }) => {
  const check = await openCheck(page, "?seed.qkv-check-2=abc");
  const ex = check.exercise(2);
  await expect(ex.root).not.toHaveAttribute("data-seed");
  await expect(ex.live).toContainText(
    "The link's seed for exercise 2 was not used: “abc” is not a whole number from 0 to 4,294,967,295",
  );
  expect(await ex.tableNumbers()).toEqual(["1", "−2", "3", "1", "2", "4"]);
});

test("progress survives a reload and shows on the index, where it can be cleared", async ({ page }) => {
  const check = await openCheck(page);
  await expect(check.exercise(1).root.locator(".ex-done")).toHaveCount(0);
  await check.exercise(1).input.fill("2");
  await check.exercise(1).input.press("Enter");
  await expect(check.exercise(1).root.locator(".ex-done")).toHaveText("✓ Done");
  await page.reload();
  await wakeExercises(page);
  await expect(check.exercise(1).root.locator(".ex-done")).toHaveText("✓ Done");
  await expect(check.exercise(2).root.locator(".ex-done")).toHaveCount(0);

  await page.goto("/");
  const mark = page.locator(`[data-concept-slug="${SLUG}"] .progress-mark`);
  await expect(mark).toContainText("✓ 1 of 4 done");
  await expect(mark).toContainText("Check yourself: 1 of 4 exercises done");
  await expect(page.locator(".progress-mark")).toHaveCount(1);
  await page.getByRole("button", { name: "Clear progress" }).click();
  await expect(page.locator(".progress-mark")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Clear progress" })).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem("attention-by-hand:progress"))).toBeNull();
});

test("garbage in storage is ignored, not fatal", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("attention-by-hand:progress", "{not json"));
  const console = watchConsole(page);
  const check = await openCheck(page);
  await check.exercise(1).input.fill("2");
  await check.exercise(1).input.press("Enter");
  await expect(check.exercise(1).root.locator(".ex-done")).toHaveText("✓ Done");
  console.expectNone("with garbage in localStorage");
});

test("keyboard only: type and Enter, choose an option with the arrow keys and Enter", async ({ page }) => {
  const check = await openCheck(page);
  const ex = check.exercise(1);
  await ex.input.focus();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(ex.live).toContainText("✓ Right.");
  // Tab walks Check, Hint, Show answer, New numbers; Enter on Hint opens it.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await isFocused(ex.button("Hint"))).toBe(true);
  await page.keyboard.press("Enter");
  await expect(ex.root.locator(".ex-hint")).toBeVisible();

  const choice = check.exercise(4);
  await choice.root.getByRole("radio").first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(choice.live).toContainText("✗ Not yet. All three come from the same token's row x");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(choice.live).toContainText("✓ Right.");
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`at ${viewport.width} px, going straight to the Next link: the exercises load above it without moving it`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // Straight to the link: nothing is woken first, as a reader who scrolls down at once.
    await page.goto(`/concepts/${SLUG}/`);
    await page.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: "layout-shift" });
    });
    const next = page.locator('a[rel="next"]');
    await next.scrollIntoViewIfNeeded();
    const top = () => next.evaluate((a) => Math.round(a.getBoundingClientRect().top));
    const before = await top();
    // The live exercises replace the taller-or-shorter server copy above the link.
    await expect(page.locator('[data-exercise="qkv-check-1"]')).toBeAttached();
    await expect(page.locator("[data-check-static]")).toBeHidden();
    expect(Math.abs((await top()) - before), "the Next link stays where the reader saw it").toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the questions show, with answers and working in a closed details section", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const block = page.locator(".check-yourself [data-check-static]");
    await expect(block.locator(".ex-prompt").first()).toHaveText("Compute y₀, component 0 of y = xW.");
    const details = block.locator("details").first();
    await expect(details).not.toHaveAttribute("open");
    await expect(details.locator(".ex-working")).toBeHidden();
    await details.locator("summary").click();
    await expect(details).toContainText("Answer: 2");
    await expect(details.locator(".ex-working")).toHaveText("y₀ = 2·1 + 3·0 = 2");
    await expect(page.locator('[data-exercise="qkv-check-1"]')).toHaveCount(0);
  });
});

// axe with feedback, a hint and an answer open runs on every page with exercises, in both themes
// and at both widths, in tests/site.spec.ts (tests/helpers/page-states.ts answers the exercises).

test("every page with Check yourself loads its exercises without console errors, and Show answer gives working", async ({
  page,
}) => {
  // Fifteen pages in one test: a busy machine needs more than the default 30 s.
  test.setTimeout(120_000);
  const routes = prerenderedPages()
    .map((p) => p.route)
    .filter(
      (route) =>
        isConceptRoute(route) &&
        readFileSync(join(DIST, route, "index.html"), "utf8").includes('data-island="CheckYourself"'),
    );
  expect(routes.length).toBeGreaterThanOrEqual(11);
  for (const route of routes) {
    const console = watchConsole(page);
    await page.goto(route);
    await wakeExercises(page);
    const exercises = page.locator("[data-exercise]");
    await expect(exercises.first()).toBeVisible();
    await expect(page.locator("[data-check-static]")).toBeHidden();
    for (const ex of await exercises.all()) {
      await ex.getByRole("button", { name: "Show answer", exact: true }).click();
      await expect(ex.locator(".ex-shown")).toContainText("Answer:");
    }
    console.expectNone(`on ${route}`);
  }
});
