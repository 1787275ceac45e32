import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { openWithStates, statesOf } from "./helpers/page-states.ts";
import { isConceptRoute, isEmbed, prerenderedPages, sampledPages, type SitePage } from "./helpers/site.ts";

/** Every prerendered page in dist/ (the index, each concept, the embed pages, the 404 page). */
const PAGES = prerenderedPages();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

test("dist/ holds the index, the 404 page and at least one concept page", () => {
  const routes = PAGES.map((page) => page.route);
  expect(routes).toEqual(expect.arrayContaining(["/", "/404.html", "/concepts/qkv-projections/"]));
});

/** Fails unless the document does not scroll sideways at the current width. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `document scrollWidth ≤ clientWidth on ${where}`).toBeLessThanOrEqual(clientWidth);
}

interface Setting {
  readonly colorScheme: "light" | "dark";
  readonly viewport: { readonly width: number; readonly height: number };
}

/**
 * axe runs once per page and theme, the light scan at one width and the dark scan at the other.
 * That keeps what the four combinations checked: the themes differ only in colours (a
 * `prefers-color-scheme: dark` block sets colour properties and nothing else) and the widths only
 * in layout (a width query sets sizes and spacing, never a colour), which
 * src/styles/theme-and-width.cases.test.ts holds the stylesheets to. So every page has its colours
 * checked in both themes and its layout (target sizes, reflow, scrolling regions) at both widths.
 * The pairing alternates from page to page, and an embed page takes the opposite of its concept
 * page's, so each kind of example is also seen in dark at 360 px and in light at 1280 px.
 */
const PAIRINGS: readonly (readonly Setting[])[] = [
  [
    { colorScheme: "light", viewport: PHONE },
    { colorScheme: "dark", viewport: DESKTOP },
  ],
  [
    { colorScheme: "light", viewport: DESKTOP },
    { colorScheme: "dark", viewport: PHONE },
  ],
];
const SAMPLED = sampledPages(PAGES);
const MAIN_PAGES = SAMPLED.filter((page) => !isEmbed(page)).map((page) => page.route);

function settingsOf(page: SitePage): readonly Setting[] {
  if (!isEmbed(page)) return PAIRINGS[MAIN_PAGES.indexOf(page.route) % 2]!;
  const concept = `/concepts/${page.route.split("/")[2]}/`;
  const index = MAIN_PAGES.indexOf(concept);
  return PAIRINGS[index < 0 ? 0 : (index + 1) % 2]!;
}

// Each page is opened with its interesting states folded in (tests/helpers/page-states.ts: every
// example inspected, an editor refusing a value, Check yourself answered, and the page's own),
// then scanned once. Embed pages (one per kind of example) are scanned as loaded.
test.describe("every page, once per theme", () => {
  test.describe.configure({ timeout: 90_000 });
  for (const sitePage of SAMPLED) {
    for (const { colorScheme, viewport } of settingsOf(sitePage)) {
      test.describe(`${colorScheme}, ${viewport.width} px`, () => {
        test.use({ colorScheme, viewport });
        test(`${sitePage.route}: no axe violations and no sideways scroll, ${statesOf(sitePage.route)}`, async ({
          page,
        }) => {
          const shown = await openWithStates(page, sitePage.route);
          const scheme = await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme);
          expect(scheme, `page sees prefers-color-scheme: ${colorScheme}`).toBe(true);
          const where = `${sitePage.route} (${colorScheme}, ${viewport.width} px, ${shown})`;
          await checkA11y(page, where);
          await expectNoSidewaysScroll(page, where);
        });
      });
    }
  }
});

test.describe("navigation", () => {
  test("an unknown URL answers 404 with the not-found page, which links to the index", async ({ page }) => {
    const response = await page.goto("/concepts/no-such-concept/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "all concepts", exact: true }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "All concepts" })).toBeVisible();
  });

  test("every concept page in dist/ is linked from the index", async ({ page }) => {
    await page.goto("/");
    const concepts = PAGES.filter(({ route }) => isConceptRoute(route));
    for (const { route } of concepts) {
      const link = page
        .locator("main")
        .getByRole("link")
        .and(page.locator(`[href="${route}"]`));
      await expect(link, `the index links to ${route}`).toHaveCount(1);
    }
  });
});
