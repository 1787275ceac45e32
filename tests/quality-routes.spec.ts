import { expect, test, type Page } from "@playwright/test";
import { contentSecurityPolicyFor } from "../build/csp.ts";
import { watchConsole } from "./helpers/console.ts";
import { visualOrderProblems, walkTabOrder } from "./helpers/keyboard.ts";
import { prerenderedPages, revealWholePage, waitForHydration } from "./helpers/site.ts";

/** Every prerendered page in dist/ (the index, each concept, the 404 page…), found on disk. */
const PAGES = prerenderedPages();
const DESKTOP = { width: 1280, height: 900 };
/** The browser's own console line for a document answered with 404; expected on the 404 page. */
const DOCUMENT_404 = /Failed to load resource: the server responded with a status of 404/;

/** Collects Content-Security-Policy violations the page reports, from before its first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/**
 * Uses every example: where it has inspectable numbers, hover the first one and focus the next
 * (each must become the inspected number, data-role="inspected"); otherwise focus its first
 * control. Returns how many examples were used and how many have anything to use.
 */
async function useEveryExample(page: Page): Promise<{ used: number; usable: number }> {
  const islands = page.locator("[data-island]");
  let used = 0;
  let usable = 0;
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    const cells = island.locator("button[data-cell][aria-pressed]");
    const controls = island.locator(':is(button, input, select, textarea, a[href], [tabindex="0"]):visible');
    if ((await cells.count()) === 0 && (await controls.count()) === 0) continue;
    usable += 1;
    if ((await cells.count()) > 0) {
      await cells.first().hover();
      await expect(cells.first(), `hovering the first number of example ${i + 1}`).toHaveAttribute("data-role", "inspected");
      const other = (await cells.count()) > 1 ? cells.nth(1) : cells.first();
      await page.mouse.move(0, 0);
      await other.focus();
      await expect(other, `focusing a number of example ${i + 1}`).toHaveAttribute("data-role", "inspected");
      await other.blur();
    } else {
      await controls.first().focus();
      await controls.first().blur();
    }
    used += 1;
  }
  return { used, usable };
}

test.describe("every route", () => {
  test.use({ viewport: DESKTOP });

  for (const { route, hasIslands } of PAGES) {
    test(`${route} is sent with the CSP, violates none of it, and logs nothing while its examples are inspected`, async ({ page }) => {
      const console = watchConsole(page, route === "/404.html" ? [DOCUMENT_404] : []);
      const violations = await watchCsp(page);
      const response = await page.goto(route);
      expect(response?.headers()["content-security-policy"], "Content-Security-Policy header").toBe(contentSecurityPolicyFor(route));
      await waitForHydration(page);
      await revealWholePage(page);
      const hydrated = await page.locator("[data-island][data-hydrated]").count();
      expect(hydrated, "islands hydrated under the policy").toBe(await page.locator("[data-island]").count());
      if (hasIslands) {
        const { used, usable } = await useEveryExample(page);
        expect(used, "examples used (numbers inspected or a control focused)").toBe(usable);
      }
      expect(await violations(), "CSP violations").toEqual([]);
      console.expectNone("on load, hydration and after inspecting every example");
    });

    test(`${route}: Tab reaches every interactive element in reading order, each with a visible focus ring`, async ({ page }) => {
      await page.goto(route);
      await waitForHydration(page);
      await revealWholePage(page);
      const { stops, tabbables } = await walkTabOrder(page);
      expect(stops.map((stop) => stop.label), "elements focused by Tab, in order = tabbable elements in DOM order").toEqual(tabbables);
      expect(visualOrderProblems(stops), "Tab order against the visual order of the reading column").toEqual([]);
      const noRing = stops.filter((stop) => !stop.ringVisible || stop.focused === stop.unfocused);
      expect(
        noRing.map((stop) => `${stop.label}: focused ${stop.focused} / unfocused ${stop.unfocused}`),
        "elements without a visible focus ring",
      ).toEqual([]);
    });
  }
});
