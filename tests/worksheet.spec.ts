import { expect, test } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP } from "./helpers/example-inspection.ts";
import { wakeIsland } from "./helpers/site.ts";

/**
 * Worksheets and answer keys (src/exercises/worksheet/): what only a browser shows — the page's
 * link, choosing variants by keyboard with the address kept, print layout (one variant per sheet,
 * no controls), and a printed code opening the same numbers on the concept page, where the key's
 * answer is judged right. The variants' numbers and the key's agreement with the judge are unit
 * tests (variants.test.ts).
 */
test.use({ viewport: DESKTOP });

test("a worksheet from the page's link: variants by keyboard, printed one per sheet, checked online with the key", async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto("/concepts/dot-product/");
  await page.getByRole("link", { name: "print a worksheet" }).click();
  await expect(page).toHaveURL(/\/concepts\/dot-product\/worksheet\/$/);
  await wakeIsland(page, "worksheet-questions");

  const count = page.getByLabel("Variants (1–40)");
  await count.fill("50");
  await count.press("Enter");
  await expect(page.locator(".ws-status")).toContainText("a whole number from 1 to 40");
  await expect(page.locator("section[data-variant]")).toHaveCount(4);

  await count.fill("3");
  await page.getByLabel("First code").fill("2000");
  await page.getByLabel("First code").press("Enter");
  await expect(page.locator("section[data-variant]")).toHaveCount(3);
  await expect(page).toHaveURL(/\?variants=3&first=2000$/);
  const codes = await page
    .locator("section[data-variant]")
    .evaluateAll((s) => s.map((e) => e.getAttribute("data-variant")));
  expect(codes).toEqual(["2000", "2001", "2002"]);
  const numbers = await page
    .locator("section[data-variant]")
    .evaluateAll((s) => s.map((e) => e.querySelector(".ex-tables")?.textContent ?? ""));
  expect(new Set(numbers).size).toBe(3);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".ws-controls")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  const breaks = await page
    .locator("section[data-variant]")
    .evaluateAll((s) => s.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks).toEqual(["auto", "page", "page"]);
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "Answer key for these variants" }).click();
  await expect(page).toHaveURL(/\/answers\/\?variants=3&first=2000$/);
  await wakeIsland(page, "worksheet-answers");
  const key = page.locator('section[data-variant="2001"] [data-exercise="dot-check-1"] .ws-key-answer');
  await expect(key).toHaveText(/^−?\d+$/);
  const answer = (await key.textContent())!;

  await page.goto("/concepts/dot-product/?set=2001#check-yourself");
  const island = await page.locator('[data-island="CheckYourself"]').getAttribute("id");
  await wakeIsland(page, island!);
  const exercise = page.locator('[data-exercise="dot-check-1"]');
  await exercise.getByLabel("Your answer").fill(answer);
  await exercise.getByLabel("Your answer").press("Enter");
  await expect(exercise.getByRole("status")).toContainText("✓ Right.");
  console.expectNone("making, printing and checking a worksheet");
});

test("opened without variants, a worksheet loads no React until used; a press and typed numbers before it wakes are kept", async ({
  page,
}) => {
  const console = watchConsole(page);
  // Hold the worksheet's own code, so that the reader acts before it has woken.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/WorksheetLive-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/concepts/softmax/worksheet/");
  await page.waitForLoadState("networkidle");
  const island = page.locator("#worksheet-questions");
  await expect(island).not.toHaveAttribute("data-hydrated");
  await expect(island).not.toHaveAttribute("data-island-waking");
  // Readable and printable as served: the form shows, and printed links are whole.
  const first = await page.locator("section[data-variant] .ws-check code").first().textContent();
  expect(first).toBe(`${new URL(page.url()).origin}/concepts/softmax/?set=1001#check-yourself`);

  const count = page.getByLabel("Variants (1–40)");
  await count.fill("2");
  await expect(island).toHaveAttribute("data-island-waking", "");
  await page.getByRole("button", { name: "Make worksheet" }).click();
  // The browser did not send the form (no reload, no "?" address).
  expect(new URL(page.url()).search).toBe("");
  release();
  await expect(island).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
  await expect(page.locator("section[data-variant]")).toHaveCount(2);
  await expect(page).toHaveURL(/\/worksheet\/\?variants=2&first=1001$/);
  await expect(count).toHaveValue("2");
  console.expectNone("a worksheet used before it woke");
});
