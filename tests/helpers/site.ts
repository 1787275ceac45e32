import type { Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, relative, resolve, sep } from "node:path";

/** One prerendered page of the built site. */
export interface SitePage {
  /** The URL path that serves it: `/`, `/concepts/qkv-projections/`, `/404.html`. */
  readonly route: string;
  /** Whether its HTML contains hydrated islands (and so loads JavaScript). */
  readonly hasIslands: boolean;
}

/** The built site: dist/, or SITE_OUT_DIR when a test run uses a copy built elsewhere. */
export const DIST = process.env.SITE_OUT_DIR
  ? resolve(process.env.SITE_OUT_DIR)
  : fileURLToPath(new URL("../../dist/", import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return []; // dist/.server holds the build's server bundle
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/**
 * Every page in dist/, found on disk rather than listed by hand, so that a new concept page is
 * scanned (axe, console, layout) without touching the tests. Sorted by route.
 */
export function prerenderedPages(dist = DIST): SitePage[] {
  return htmlFiles(dist)
    .map((file) => {
      const path = relative(dist, file).split(sep).join("/");
      const route = path === "index.html" ? "/" : path.endsWith("/index.html") ? `/${path.slice(0, -"index.html".length)}` : `/${path}`;
      return { route, hasIslands: readFileSync(file, "utf8").includes("data-island=") };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * Waits until every island on the page has hydrated: src/islands/hydrate.ts sets `data-hydrated`
 * on an island's root once React has committed it (its event handlers answer from then on), and
 * `data-island-failed` if it broke instead, which fails here at once with the island's id. Then
 * waits two frames so the first paint after hydration is in. Returns at once without islands.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("[data-island]")].every(
        (island) => island.hasAttribute("data-hydrated") || island.hasAttribute("data-island-failed"),
      ),
    undefined,
    { timeout: 10_000 },
  );
  const failed = await page.evaluate(() => [...document.querySelectorAll("[data-island-failed]")].map((island) => island.id));
  if (failed.length > 0) throw new Error(`These examples failed to hydrate and show the failure message: ${failed.join(", ")}`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Scrolls through the whole page, one window height at a time, so that everything loaded when it
 * nears the screen (an island's interactive part) is loaded; waits until the network is idle,
 * every island has hydrated and the DOM has stopped changing, then scrolls back to the top.
 */
export async function revealWholePage(page: Page): Promise<void> {
  const frames = (n: number) =>
    page.evaluate((count) => new Promise<void>((resolve) => {
      const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
      next(count);
    }), n);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await frames(2); // IntersectionObserver callbacks run after the frame that scrolled
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await frames(2);
  await page.waitForLoadState("networkidle");
  await waitForHydration(page);
  // Until two readings a few frames apart agree: a lazily loaded part replaces its static copy.
  const shape = () => page.evaluate(() => `${document.getElementsByTagName("*").length}:${document.body.textContent?.length ?? 0}`);
  let previous = await shape();
  for (let attempt = 0; attempt < 20; attempt++) {
    await frames(6);
    const current = await shape();
    if (current === previous) break;
    previous = current;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(2);
}
