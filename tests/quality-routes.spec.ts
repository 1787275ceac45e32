import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { contentSecurityPolicyFor } from "../build/csp.ts";
import { watchConsole } from "./helpers/console.ts";
import { visualOrderProblems, walkTabOrder } from "./helpers/keyboard.ts";
import { prerenderedPages, revealWholePage, sampledPages, showStepOf } from "./helpers/site.ts";

/**
 * Every prerendered page in dist/ found on disk (the index, each concept, the 404 page…), with one
 * embed page per kind of example: see sampledPages.
 */
const PAGES = sampledPages(prerenderedPages());
const DESKTOP = { width: 1280, height: 900 };
/** The browser's own console line for a document answered with 404; expected on the 404 page. */
const DOCUMENT_404 = /Failed to load resource: the server responded with a status of 404/;

/**
 * The island code a page loads only when an island wakes (src/islands/boot.ts), and a page without
 * islands never: the hydration chunk (src/islands/hydrate.ts, in `island-core`, the chunk of what
 * every island loads: ISLAND_CORE in vite.config.ts) and each island component's chunk (named after
 * its file in the `island` loader of each example.ts). No page names either in its HTML: its one
 * module script is the site chrome's (`data-chrome`).
 */
const HYDRATION_CHUNK = /\/assets\/island-core-[\w-]+\.js$/;
const EXAMPLES = new URL("../src/examples/", import.meta.url);
const ISLAND_CHUNKS = [
  ...readdirSync(EXAMPLES, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("example.ts"))
    .map((file) => new URL(file, EXAMPLES)),
  new URL("../src/exercises/example.ts", import.meta.url),
  new URL("../src/exercises/worksheet/example.ts", import.meta.url),
  new URL("../src/lesson/example.ts", import.meta.url),
]
  .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/island = \(\) => import\("[^"]*?([\w-]+)\.tsx?"\)/g)])
  .map((match) => match[1]!);
/** An island's manifest (its example.ts, holding its loader), fetched when an island of it wakes. */
const MANIFEST_CHUNK = /\/assets\/example-[\w-]+\.js$/;
const isIslandCode = (url: string) =>
  HYDRATION_CHUNK.test(new URL(url).pathname) ||
  MANIFEST_CHUNK.test(new URL(url).pathname) ||
  ISLAND_CHUNKS.some((name) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(url));

/** Collects Content-Security-Policy violations the page reports, from before its first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
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
    // An example in a step tab that is not open is hidden: open its step first, as a reader would.
    await showStepOf(page, (await island.getAttribute("id")) ?? "");
    const cells = island.locator("button[data-cell][aria-pressed]");
    const controls = island.locator(':is(button, input, select, textarea, a[href], [tabindex="0"]):visible');
    if ((await cells.count()) === 0 && (await controls.count()) === 0) continue;
    usable += 1;
    if ((await cells.count()) > 0) {
      await cells.first().hover();
      await expect(cells.first(), `hovering the first number of example ${i + 1}`).toHaveAttribute(
        "data-role",
        "inspected",
      );
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

// One load per page does every check below (the suite runs on 2 cores): the policy header, the
// island code it loads (none without islands), Tab order and focus rings as loaded, then every
// example used; console and CSP are watched throughout. Soft assertions report every problem.
test.describe("every route", () => {
  test.use({ viewport: DESKTOP });
  test.describe.configure({ timeout: 90_000 });

  for (const { route, hasIslands } of PAGES) {
    const scripts = hasIslands
      ? "loads its island code as its islands wake"
      : "loads no island code (no React, no example chunk)";
    test(`${route}: sent with the CSP and violates none of it, ${scripts}, Tab reaches every interactive element in reading order with a visible focus ring, nothing logged while its examples are used`, async ({
      page,
      request,
    }) => {
      const console = watchConsole(page, route === "/404.html" ? [DOCUMENT_404] : []);
      const violations = await watchCsp(page);
      const requested: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") requested.push(r.url());
      });
      const response = await page.goto(route);
      expect
        .soft(response?.headers()["content-security-policy"], "Content-Security-Policy header")
        .toBe(contentSecurityPolicyFor(route));
      await revealWholePage(page);
      const hydrated = await page.locator("[data-island][data-hydrated]").count();
      expect.soft(hydrated, "islands hydrated under the policy").toBe(await page.locator("[data-island]").count());

      const html = await (await request.get(route)).text();
      const moduleScripts = [...html.matchAll(/<script\b[^>]*type="module"[^>]*>/g)].map((match) => match[0]);
      expect.soft(moduleScripts.length, "module scripts in the HTML: the site chrome's only").toBe(1);
      expect.soft(moduleScripts[0] ?? "", "the module script is the site chrome's").toMatch(/\sdata-chrome\b/);
      if (hasIslands) {
        expect
          .soft(
            requested.filter((url) => HYDRATION_CHUNK.test(new URL(url).pathname)).length,
            "hydration chunk requested once the islands woke",
          )
          .toBe(1);
        expect
          .soft(
            requested.filter(isIslandCode).length,
            "island scripts requested (hydration, manifest and example chunks)",
          )
          .toBeGreaterThan(1);
      } else {
        // The site chrome (theme, search) may load its own small scripts on every page.
        expect.soft(requested.filter(isIslandCode), "island scripts requested by a page without islands").toEqual([]);
      }

      const { stops, tabbables } = await walkTabOrder(page);
      expect
        .soft(
          stops.map((stop) => stop.label),
          "elements focused by Tab, in order = tabbable elements in DOM order",
        )
        .toEqual(tabbables);
      expect.soft(visualOrderProblems(stops), "Tab order against the visual order of the reading column").toEqual([]);
      const noRing = stops.filter((stop) => !stop.ringVisible || stop.focused === stop.unfocused);
      expect
        .soft(
          noRing.map((stop) => `${stop.label}: focused ${stop.focused} / unfocused ${stop.unfocused}`),
          "elements without a visible focus ring",
        )
        .toEqual([]);

      if (hasIslands) {
        const { used, usable } = await useEveryExample(page);
        expect.soft(used, "examples used (numbers inspected or a control focused)").toBe(usable);
      }
      expect.soft(await violations(), "CSP violations").toEqual([]);
      console.expectNone("on load, hydration, the Tab walk and after using every example");
    });
  }
});
