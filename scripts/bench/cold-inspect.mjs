// Cold first inspect: a reader opens a page and points at a number of an example that has not woken
// yet (no React loaded). Timed from that first pointer-over to the painted highlight, which
// includes fetching React and the example's code from the preview server and hydrating it.
import { installProbe, islandButtons } from "./latency.mjs";

/**
 * Replaces IntersectionObserver with one that never reports, before the page's scripts run: an
 * example then wakes only when a reader acts on it (or a link targets it), so scrolling a number
 * into view to point at it does not wake it first. Only the benchmark does this.
 */
function holdIntersectionObserver() {
  window.IntersectionObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
}

/** The first island on the page with inspectable numbers, or undefined. */
function firstInspectableIsland() {
  return [...document.querySelectorAll("[data-island]")].find((island) =>
    island.querySelector("button[data-cell][aria-pressed]"),
  )?.id;
}

/**
 * `count` cold samples on `url` at CPU slowdown `rate`, each in a fresh browser context (empty
 * cache, service workers blocked): load the page (until the load event), scroll the first example
 * with inspectable numbers to the middle of the window, then move the mouse onto one of its numbers
 * (a different one each sample). A sample is `{ paint, commit, frames, delay, awake }` or null when
 * not highlighted within `timeoutMs`; `awake` says the example had already hydrated before the
 * pointer arrived (the page hydrates everything at load), so the sample was not cold.
 */
export async function coldInspectSamples(browser, url, { rate, count, viewport, timeoutMs }) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ viewport, serviceWorkers: "block" });
    try {
      await context.addInitScript(holdIntersectionObserver);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await page.goto(url, { waitUntil: "load" });
      const id = await page.evaluate(firstInspectableIsland);
      if (!id) return [];
      const buttons = await islandButtons(page, id);
      if (buttons.length === 0) return [];
      const button = buttons[i % buttons.length];
      await page.evaluate(installProbe);
      const awake = await page.evaluate(
        ([islandId, index, timeout]) => {
          window.__bench.arm("hover", islandId, index, timeout);
          return document.getElementById(islandId)?.hasAttribute("data-hydrated") ?? false;
        },
        [id, button.index, timeoutMs],
      );
      await page.mouse.move(button.x, button.y);
      const sample = await page.evaluate(() => window.__bench.result());
      samples.push(sample && { ...sample, awake });
    } finally {
      await context.close();
    }
  }
  return samples;
}
