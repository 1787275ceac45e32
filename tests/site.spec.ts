import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { readPage } from "./helpers/html.ts";
import { prerenderedPages, waitForHydration } from "./helpers/site.ts";

/** Every prerendered page in dist/ (the index, each concept, the 404 page). */
const PAGES = prerenderedPages();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/**
 * The island code a page without islands must not load: the client entry (React and hydration),
 * i.e. the module scripts of island pages other than the site chrome's (`data-chrome`), and each
 * island component's chunk (named after its file in the `island` loader of each example.ts).
 */
const ISLAND_ENTRIES = [
  ...new Set(
    PAGES.filter((page) => page.hasIslands).flatMap(({ route }) =>
      [...readPage(route).matchAll(/<script\b[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => /type="module"/.test(tag) && !/\sdata-chrome\b/.test(tag))
        .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? ""),
    ),
  ),
].filter(Boolean);
const EXAMPLES = new URL("../src/examples/", import.meta.url);
const ISLAND_CHUNKS = [
  ...readdirSync(EXAMPLES, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("example.ts"))
    .map((file) => new URL(file, EXAMPLES)),
  new URL("../src/exercises/example.ts", import.meta.url),
]
  .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/island = \(\) => import\("[^"]*?([\w-]+)\.tsx?"\)/g)])
  .map((match) => match[1]!);
const isIslandCode = (url: string) =>
  ISLAND_ENTRIES.some((entry) => new URL(url).pathname.endsWith(entry)) ||
  ISLAND_CHUNKS.some((name) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(url));

/** The browser's own console line for a document answered with 404; expected on the 404 page. */
const DOCUMENT_404 = /Failed to load resource: the server responded with a status of 404/;

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
  expect.soft(scrollWidth, `document scrollWidth ≤ clientWidth on ${where}`).toBeLessThanOrEqual(clientWidth);
}

// One page load per page and colour scheme does all the checks below (the suite runs on 2 cores):
// the light pass also checks scripts, the console and the 360 px layout; both passes run axe at
// 1280 px and again after resizing to 360 px. Soft assertions let one run report every problem.
test.describe("every page", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme, viewport: DESKTOP });
      for (const { route, hasIslands } of PAGES) {
        const checks =
          colorScheme === "light"
            ? `${hasIslands ? "loads module scripts for its islands" : "loads no island code (no React, no example chunk)"}, logs no error or warning, ` +
              "does not scroll sideways at 360 px, and has no axe violations at 1280 and 360 px"
            : "has no axe violations at 1280 and 360 px";
        test(`${route} ${checks}`, async ({ page, request }) => {
          const problems = watchConsole(page, route === "/404.html" ? [DOCUMENT_404] : []);
          const scripts: string[] = [];
          page.on("request", (r) => {
            if (r.resourceType() === "script") scripts.push(r.url());
          });
          await page.goto(route);
          const scheme = await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme);
          expect(scheme, `page sees prefers-color-scheme: ${colorScheme}`).toBe(true);
          await waitForHydration(page);

          if (colorScheme === "light") {
            problems.expectNone("on load and after hydration");
            const html = await (await request.get(route)).text();
            if (hasIslands) {
              expect.soft(html, "module script in the HTML").toMatch(/<script type="module"[^>]* src="[^"]+\.js"/);
              expect.soft(scripts.filter(isIslandCode).length, "island scripts requested (entry and example chunks)").toBeGreaterThan(1);
            } else {
              // The site chrome (theme, search) may load its own small scripts on every page.
              expect.soft(ISLAND_ENTRIES.length, "island entry scripts found on island pages").toBeGreaterThan(0);
              for (const entry of ISLAND_ENTRIES) expect.soft(html, "HTML of a page without islands").not.toContain(`src="${entry}"`);
              expect.soft(scripts.filter(isIslandCode), "island scripts requested by a page without islands").toEqual([]);
            }
          }

          await checkA11y(page, `${route} (${colorScheme}, ${DESKTOP.width} px)`);
          await page.setViewportSize(PHONE);
          if (colorScheme === "light") await expectNoSidewaysScroll(page, `${route} at ${PHONE.width} px`);
          await checkA11y(page, `${route} (${colorScheme}, ${PHONE.width} px)`);
        });
      }
    });
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
    const concepts = PAGES.filter(({ route }) => route.startsWith("/concepts/"));
    for (const { route } of concepts) {
      const link = page.locator("main").getByRole("link").and(page.locator(`[href="${route}"]`));
      await expect(link, `the index links to ${route}`).toHaveCount(1);
    }
  });
});
