import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { watchCsp } from "./helpers/csp.ts";
import { wakeAllIslands } from "./helpers/site.ts";

/**
 * The full-text search: the header's Search button (and "/") opens a dialog that searches every
 * concept page with Pagefind (src/chrome/search-dialog.ts, build/search-index.ts).
 */

/** "65,504" (fp16's largest value) is written only in the body of the Softmax page. */
const BODY_ONLY = "65,504";
const SECTION = "Subtract the row's largest score first";
const SECTION_ID = "subtract-the-rows-largest-score-first";

const searchButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Search", exact: true });
const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the site" });
const field = (page: Page) => dialog(page).getByRole("searchbox", { name: "Search every page" });
const results = (page: Page) => dialog(page).getByRole("list", { name: "Results" }).getByRole("link");
const status = (page: Page) => dialog(page).getByRole("status");

async function search(page: Page, query: string): Promise<void> {
  await field(page).fill(query);
  await expect(status(page)).toHaveText(/mentions? “/, { timeout: 10_000 });
}

test.describe("full-text search", () => {
  test("finds a phrase only in a page's body, with the page, the section and the match marked, and opens that section", async ({
    page,
  }) => {
    const console = watchConsole(page);
    const cspViolations = await watchCsp(page);
    await page.goto("/concepts/token-embeddings/");
    await searchButton(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await search(page, BODY_ONLY);
    await expect(status(page)).toHaveText(`1 page mentions “${BODY_ONLY}”.`);
    const hit = results(page).first();
    await expect(hit).toContainText("Softmax");
    await expect(hit).toContainText(SECTION);
    await expect(hit.locator("mark")).toHaveText([/^65,504/]);
    await expect(hit).toHaveAttribute("href", `/concepts/softmax/#${SECTION_ID}`);

    await page.keyboard.press("ArrowDown");
    await expect(hit).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/concepts/softmax/#${SECTION_ID}$`));
    await expect(page.getByRole("heading", { level: 2, name: SECTION })).toBeInViewport();
    expect(await cspViolations()).toEqual([]);
    console.expectNone("while searching and opening a result");
  });

  test.describe("finds what the index search cannot (it reads titles, other names and summaries only)", () => {
    for (const [query, page, section] of [
      ["overflows", "Softmax", SECTION],
      ["d_k", "Scaling by √dₖ", undefined],
      ["√d_k", "Scaling by √dₖ", undefined],
    ] as const) {
      test(`"${query}" lists ${page}`, async ({ page: tab }) => {
        await tab.goto("/");
        await searchButton(tab).click();
        await search(tab, query);
        const hits = results(tab).filter({ hasText: page });
        await expect(hits.first()).toBeVisible();
        if (section) await expect(results(tab).filter({ hasText: section }).first()).toBeVisible();
      });
    }

    test("a formula's subscript is shown as one, not as an underscore", async ({ page }) => {
      await page.goto("/");
      await searchButton(page).click();
      await search(page, "d_k");
      const first = results(page).first();
      await expect(first.locator("mark sub").first()).toHaveText("k");
    });
  });

  test('"/" opens the search, Escape closes it and the focus goes back to where it was', async ({ page }) => {
    await page.goto("/concepts/softmax/");
    const link = page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Concept map" });
    await link.focus();
    await page.keyboard.press("/");
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue("");
    await page.keyboard.type("overflow");
    await expect(status(page)).toHaveText(/mention/);
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(link).toBeFocused();

    // Opened from the button, it returns there.
    await searchButton(page).click();
    await expect(field(page)).toHaveValue("overflow");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(searchButton(page)).toBeFocused();
  });

  test('what is typed at once after "/", while the dialog still loads, goes into its field', async ({ page }) => {
    await page.goto("/concepts/softmax/");
    await page.keyboard.press("/");
    await page.keyboard.type(BODY_ONLY);
    await expect(field(page)).toHaveValue(BODY_ONLY);
    await expect(status(page)).toHaveText(`1 page mentions “${BODY_ONLY}”.`);
  });

  test('"/" typed in a text field is a slash, not the shortcut', async ({ page }) => {
    await page.goto("/");
    const titleSearch = page.getByRole("searchbox").first();
    await titleSearch.fill("");
    await titleSearch.press("/");
    await expect(titleSearch).toHaveValue("/");
    await expect(dialog(page)).toHaveCount(0);
  });

  test("arrow keys move through the results and back to the field; typing on a result goes to the field", async ({
    page,
  }) => {
    await page.goto("/");
    await searchButton(page).click();
    await search(page, "softmax");
    const count = await results(page).count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press("End");
    await expect(results(page).nth(count - 1)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(results(page).nth(0)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(field(page)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.type("s");
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue("softmaxs");
  });

  test("Enter in the field opens the first result", async ({ page }) => {
    await page.goto("/");
    await searchButton(page).click();
    await search(page, BODY_ONLY);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/concepts/softmax/#${SECTION_ID}$`));
  });

  test("a result on the page itself scrolls to its section and leaves the focus there, not on the Search button", async ({
    page,
  }) => {
    await page.goto("/concepts/softmax/");
    await searchButton(page).click();
    await search(page, BODY_ONLY);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(dialog(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#${SECTION_ID}$`));
    await expect(page.getByRole("heading", { level: 2, name: SECTION })).toBeInViewport();
    await expect(searchButton(page)).not.toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test("says so when nothing matches", async ({ page }) => {
    await page.goto("/");
    await searchButton(page).click();
    await field(page).fill("qzxjv");
    await expect(status(page)).toHaveText("No page mentions “qzxjv”.");
    await expect(results(page)).toHaveCount(0);
  });

  test("costs nothing until opened: the dialog's code and Pagefind load on first use", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto("/concepts/qkv-projections/");
    await wakeAllIslands(page);
    expect(requested.filter((path) => /search-dialog|pagefind/.test(path))).toEqual([]);
    await page.keyboard.press("/");
    await search(page, "projection");
    expect(requested.filter((path) => /search-dialog/.test(path)).length).toBeGreaterThan(0);
    expect(requested).toContain("/pagefind/pagefind.js");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the open dialog with results has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/concepts/softmax/");
      await searchButton(page).click();
      await search(page, "overflow");
      await page.keyboard.press("ArrowDown");
      await checkA11y(page, `the search dialog (${colorScheme})`);
    });
  }

  test("at 360 px the dialog fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await searchButton(page).click();
    await search(page, "softmax");
    const box = await dialog(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("there is no Search button (the index's own title search works without it)", async ({ page }) => {
    await page.goto("/concepts/softmax/");
    await expect(searchButton(page)).toBeHidden();
  });
});
