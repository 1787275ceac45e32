import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { readPage } from "./helpers/html.ts";
import { prerenderedPages, wakeAllIslands } from "./helpers/site.ts";

/**
 * An example that breaks must leave the page readable: it shows a short message in its place and
 * every other example and all static content stay. The failures are forced from outside the site
 * (a blocked chunk, a tampered page, a listener that throws), so no test hook ships.
 */

interface IslandPage {
  readonly route: string;
  /** The island names on the page, in document order. */
  readonly names: string[];
}

/** Pages with islands, those mixing different examples first (a failure of one can spare the others). */
const ISLAND_PAGES: IslandPage[] = prerenderedPages()
  .filter((page) => page.hasIslands)
  .map(({ route }) => ({ route, names: [...readPage(route).matchAll(/\sdata-island="([^"]+)"/g)].map((m) => m[1]!) }))
  .sort((a, b) => new Set(b.names).size - new Set(a.names).size || b.names.length - a.names.length);
const PAGE = ISLAND_PAGES[0];

const MESSAGE = /This interactive example stopped working\..*still correct.*Reload the page/s;
/** The console lines a forced failure causes, which are expected here. */
const EXPECTED = [
  /failed and was replaced by a message|could not be loaded and was replaced by a message/,
  /net::ERR_FAILED|Failed to fetch dynamically imported module|Failed to load resource/,
  /Uncaught|broken on purpose/,
];

/** Wakes every island (scrolled to in turn) and waits until each has either hydrated or failed. */
async function settled(page: Page) {
  await wakeAllIslands(page, { allowFailed: true });
}

/** The page's static content outside the islands: headings and paragraphs, as text. */
function staticText(page: Page) {
  return page
    .locator("main")
    .evaluate((main) =>
      [...main.querySelectorAll("h1, h2, p")]
        .filter((element) => !element.closest("[data-island]"))
        .map((element) => element.textContent?.replace(/\s+/g, " ").trim() ?? ""),
    );
}

/** Expects an island that is not `failedName` to hydrate and answer a hover. */
async function expectOthersWork(page: Page, failedName: string) {
  const others = page.locator(`[data-island]:not([data-island="${failedName}"])`);
  for (let i = 0; i < (await others.count()); i++) {
    await expect(others.nth(i)).toHaveAttribute("data-hydrated", "");
    const cell = others.nth(i).locator("button[data-cell][aria-pressed]").first();
    if ((await cell.count()) === 0) continue;
    await cell.hover();
    await expect(cell, "another example still answers a hover").toHaveAttribute("data-role", "inspected");
  }
}

test.describe("a broken example", () => {
  test.skip(!PAGE, "no page in dist/ has an example");

  test("whose code cannot be downloaded shows the message; the rest of the page stays", async ({ page }) => {
    const { route, names } = PAGE!;
    const name = names[0]!;
    const console = watchConsole(page, EXPECTED);
    const before = await (async () => {
      await page.goto(route);
      await settled(page);
      return staticText(page);
    })();
    await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (request) => request.abort());
    await page.reload();
    await settled(page);
    const broken = page.locator(`[data-island="${name}"]`);
    for (let i = 0; i < (await broken.count()); i++) {
      await expect(broken.nth(i).getByRole("alert")).toHaveText(MESSAGE);
      await expect(broken.nth(i)).toHaveAttribute("data-island-failed", "");
    }
    expect(await staticText(page), "static content outside the examples").toEqual(before);
    await checkA11y(page, `${route} with a failed example`);
    await expectOthersWork(page, name);
    console.expectNone("besides the expected failure messages");
  });

  test("that throws while hydrating (its props are tampered with) shows the message; the rest stays", async ({
    page,
  }) => {
    const { route, names } = PAGE!;
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.route(`**${route}`, async (request) => {
      const response = await request.fetch();
      const html = (await response.text()).replace(/(\sdata-island="[^"]+"[^>]*?\sdata-props=")[^"]*"/, '$1{}"');
      await request.fulfill({ response, body: html });
    });
    await page.goto(route);
    await settled(page);
    const first = page.locator("[data-island]").first();
    await expect(first.getByRole("alert")).toHaveText(MESSAGE);
    await expect(first).toHaveAttribute("data-island-failed", "");
    await expect(page.locator("h1")).toBeVisible();
    if (names.length > 1) await expect(page.locator("[data-island]").nth(1)).toHaveAttribute("data-hydrated", "");
    expect(errors.join("\n"), "the console names the example that failed").toContain(
      `"${await first.getAttribute("id")}" failed and was replaced by a message`,
    );
  });

  test("that throws in an event handler later shows the message; the rest of the page stays", async ({ page }) => {
    const { route, names } = PAGE!;
    const name = names[0]!;
    const console = watchConsole(page, EXPECTED);
    await page.goto(route);
    await settled(page);
    const island = page.locator(`[data-island="${name}"]`).first();
    const cell = island.locator(':is(button, a[href], [tabindex="0"])').first();
    // A listener inside the example throws, as a bug in one of its handlers would.
    await cell.evaluate((button) =>
      button.addEventListener("pointerover", () => {
        throw new Error("broken on purpose");
      }),
    );
    await page.mouse.move(0, 0);
    await cell.hover();
    await expect(island.getByRole("alert")).toHaveText(MESSAGE);
    await expect(island).toHaveAttribute("data-island-failed", "");
    await expect(page.locator("h1")).toBeVisible();
    await expectOthersWork(page, name);
    console.expectNone("besides the expected failure messages");
  });
});
