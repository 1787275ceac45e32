// What JavaScript a page loads: on first view (loaded, not scrolled, not touched) and after a
// reader has scrolled through all of it; and waking every island for the warm latency series.
import { gzipSync } from "node:zlib";
import { frames } from "./latency.mjs";

/** Identifiers whose presence in a JavaScript response means the library itself was shipped. */
const LIBRARIES = [
  { name: "MathJax", pattern: /mathjax/i },
  { name: "Mermaid", pattern: /mermaid/i },
];

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * Records every JavaScript response of `page` from now on. `snapshot()` returns the files seen so
 * far (file name, raw and gzip bytes, libraries found in it), each once.
 */
export function watchScripts(page) {
  const scripts = new Map();
  page.on("response", (response) => {
    const url = response.url();
    const type = response.headers()["content-type"] ?? "";
    if (!/\.m?js(\?|$)/.test(new URL(url).pathname) && !type.includes("javascript")) return;
    if (!scripts.has(url))
      scripts.set(
        url,
        response.body().catch(() => Buffer.alloc(0)),
      );
  });
  return {
    async snapshot() {
      const files = [];
      for (const [url, bodyPromise] of [...scripts]) {
        const body = await bodyPromise;
        const text = body.toString("utf8");
        files.push({
          url,
          file: new URL(url).pathname.split("/").pop(),
          bytes: body.length,
          gzip: gzipSize(body),
          libraries: LIBRARIES.filter((lib) => lib.pattern.test(text)).map((lib) => lib.name),
        });
      }
      return files;
    },
  };
}

/** Sum of the gzip sizes of `files`. */
export const gzipTotal = (files) => files.reduce((sum, file) => sum + file.gzip, 0);

/** Network idle (no request for 500 ms), a second of quiet, and idle again: what loads late has loaded. */
export async function settle(page) {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  await page.waitForLoadState("networkidle");
}

/**
 * Scrolls through the whole page a window height at a time, as a reader would, giving each step
 * two frames (IntersectionObserver callbacks run after the frame that scrolled), then waits until
 * every island has hydrated (or failed) and the network is idle, and scrolls back to the top.
 */
export async function scrollWholePage(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let y = 0; y <= height + step; y += step) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: "instant" }), y);
    await frames(page);
    await page.waitForTimeout(50);
  }
  await wakeEveryIsland(page);
  await settle(page);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await frames(page);
}

/**
 * Scrolls each island that has not hydrated into view in turn and waits (up to 10 s each) until it
 * has hydrated (`data-hydrated`) or failed (`data-island-failed`).
 */
export async function wakeEveryIsland(page) {
  const ids = await page.evaluate(() => [...document.querySelectorAll("[data-island]")].map((island) => island.id));
  for (const id of ids) {
    const settled = () =>
      page.evaluate((islandId) => {
        const island = document.getElementById(islandId);
        return !island || island.hasAttribute("data-hydrated") || island.hasAttribute("data-island-failed");
      }, id);
    if (await settled()) continue;
    await page.evaluate((islandId) => document.getElementById(islandId)?.scrollIntoView({ block: "center" }), id);
    await page
      .waitForFunction(
        (islandId) => {
          const island = document.getElementById(islandId);
          return !island || island.hasAttribute("data-hydrated") || island.hasAttribute("data-island-failed");
        },
        id,
        { timeout: 10_000 },
      )
      .catch(() => {});
  }
  await frames(page);
}
