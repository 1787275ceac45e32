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
 * Waits until every island on the page has hydrated, i.e. until React has attached its props to
 * each island's root element (there is no public "hydrated" flag; React completes children
 * before their parent, so the root is the last element hydrated), then for two frames so that
 * the hydration has committed and its event handlers answer. Returns at once without islands.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-island]")].every((island) => {
      const root = island.firstElementChild;
      return root !== null && Object.keys(root).some((key) => key.startsWith("__reactProps$"));
    }),
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
