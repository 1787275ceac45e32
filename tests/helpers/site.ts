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
  /** The kinds of island on it (their names in each example.ts), in document order. */
  readonly islands: readonly string[];
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
      const route =
        path === "index.html"
          ? "/"
          : path.endsWith("/index.html")
            ? `/${path.slice(0, -"index.html".length)}`
            : `/${path}`;
      const islands = [...readFileSync(file, "utf8").matchAll(/\sdata-island="([^"]+)"/g)].map((match) => match[1]!);
      return { route, hasIslands: islands.length > 0, islands };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Whether a page is an example's embed page (`/embed/<slug>/<id>/`). */
export const isEmbed = (page: SitePage): boolean => page.route.startsWith("/embed/");

/** Whether a route is a concept page (`/concepts/<slug>/`), not its worksheet or answer key. */
export const isConceptRoute = (route: string): boolean => /^\/concepts\/[a-z0-9-]+\/$/.test(route);

/** A worksheet or answer key (`/concepts/<slug>/worksheet/`, `…/answers/`): "worksheet", "answers" or undefined. */
export const worksheetKind = (page: SitePage): string | undefined =>
  /^\/concepts\/[a-z0-9-]+\/(worksheet|answers)\/$/.exec(page.route)?.[1];

/**
 * The pages the whole-page browser checks (axe, CSP, console, Tab order) visit: every page that
 * is not an embed page or a worksheet, one embed page per kind of island, the first in route
 * order, and one worksheet and one answer key (every page's are the same component). An embed
 * page is its example alone in the same components as on its concept page, so one per kind
 * (plus tests/embed.spec.ts for what is particular to embedding) stands for the others; the
 * checks that read files (links, HTML validity) still cover every embed page.
 */
export function sampledPages(pages: readonly SitePage[] = prerenderedPages()): SitePage[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const kind = isEmbed(page) ? "embed" : worksheetKind(page);
    if (kind === undefined) return true;
    const fresh = page.islands.map((name) => `${kind}:${name}`).filter((key) => !seen.has(key));
    fresh.forEach((key) => seen.add(key));
    return fresh.length > 0;
  });
}

/** Two animation frames: what a change paints is in once they have run. */
async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
        next(n);
      }),
    count,
  );
}

/**
 * An island already on screen when the page opened (an embed page, a page that cannot scroll) does
 * not wake by nearness, which needs a scroll (src/islands/boot.ts): it is woken the way a reader
 * pointing at it would, by a pointer-over on the island itself (no number under it, so none is
 * inspected). Does nothing to an island that is already waking or awake.
 */
async function nudgeAwake(page: Page, id: string): Promise<void> {
  await page.evaluate((islandId) => {
    const island = document.getElementById(islandId);
    if (!island) return;
    const busy = ["data-hydrated", "data-island-failed", "data-island-waking"].some((name) =>
      island.hasAttribute(name),
    );
    if (!busy) island.dispatchEvent(new Event("pointerover", { bubbles: true }));
  }, id);
}

/**
 * Shows the step an example sits in when a walk-through shows one step at a time
 * (src/chrome/step-tabs.ts): clicks that step's tab, as a reader would. Does nothing otherwise.
 */
export async function showStepOf(page: Page, id: string): Promise<void> {
  const tab = await page.evaluate((islandId) => {
    const panel = document.getElementById(islandId)?.closest<HTMLElement>(".step-tab[hidden]");
    return panel ? `${panel.id}-tab` : null;
  }, id);
  if (tab) await page.locator(`[id="${tab}"]`).click();
}

/**
 * Wakes one example (island) the way a reader would and waits until it answers: scrolls it into
 * view, then waits for `data-hydrated`, which src/islands/hydrate.ts sets once React has committed
 * it. Fails at once, naming it, if it set `data-island-failed` instead. Tests wait for the
 * examples they use with this, never for the whole page, so that islands may hydrate lazily (when
 * scrolled near or interacted with) and only this helper needs to know.
 *
 * `scroll: false` waits without scrolling, for an example a link targets (`#id`): the page
 * scrolls there itself, and a test may check that it did.
 */
export async function wakeIsland(page: Page, id: string, { scroll = true, timeout = 10_000 } = {}): Promise<void> {
  const island = page.locator(`[data-island][id="${id}"]`);
  if (scroll) {
    await showStepOf(page, id);
    await island.scrollIntoViewIfNeeded({ timeout });
    await nudgeAwake(page, id);
  }
  await page.waitForFunction(
    (islandId) => {
      const element = document.getElementById(islandId);
      return element !== null && (element.hasAttribute("data-hydrated") || element.hasAttribute("data-island-failed"));
    },
    id,
    { timeout },
  );
  if ((await island.getAttribute("data-island-failed")) !== null) {
    throw new Error(`The example "${id}" failed to hydrate and shows the failure message`);
  }
  await frames(page);
}

/**
 * Wakes every island on the page, one after the other (each scrolled into view, then waited for),
 * for the checks that use the whole page: axe, the Tab walk, CSP and console. With `allowFailed`,
 * an island that failed counts as settled (the resilience tests break islands on purpose).
 * Scrolls back to the top. Returns at once on a page without islands.
 */
export async function wakeAllIslands(page: Page, { allowFailed = false, timeout = 10_000 } = {}): Promise<void> {
  const ids = await page.locator("[data-island]").evaluateAll((islands) => islands.map((island) => island.id));
  for (const id of ids) {
    if (allowFailed) {
      await showStepOf(page, id);
      await page.locator(`[data-island][id="${id}"]`).scrollIntoViewIfNeeded({ timeout });
      await nudgeAwake(page, id);
      await page.waitForFunction(
        (islandId) => {
          const element = document.getElementById(islandId);
          return (
            element !== null && (element.hasAttribute("data-hydrated") || element.hasAttribute("data-island-failed"))
          );
        },
        id,
        { timeout },
      );
    } else await wakeIsland(page, id, { timeout });
  }
  if (ids.length > 0) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await frames(page);
  }
}

/**
 * Scrolls through the whole page, one window height at a time, so that everything loaded when it
 * nears the screen (an island, an island's interactive part) is loaded; wakes every island, waits
 * until the network is idle and the DOM has stopped changing, then scrolls back to the top.
 */
export async function revealWholePage(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await frames(page); // IntersectionObserver callbacks run after the frame that scrolled
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await frames(page);
  await wakeAllIslands(page);
  await page.waitForLoadState("networkidle");
  // Until two readings a few frames apart agree: a lazily loaded part replaces its static copy.
  const shape = () =>
    page.evaluate(() => `${document.getElementsByTagName("*").length}:${document.body.textContent?.length ?? 0}`);
  let previous = await shape();
  for (let attempt = 0; attempt < 20; attempt++) {
    await frames(page, 6);
    const current = await shape();
    if (current === previous) break;
    previous = current;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(page);
}
