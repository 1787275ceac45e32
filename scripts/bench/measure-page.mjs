// Everything the benchmark measures on one page in the browser: JavaScript on first view and after
// scrolling through it, warm hover and arrow-key latency, cold first inspects, and the main thread
// while the page loads.
import { coldInspectSamples } from "./cold-inspect.mjs";
import { loadMainThread } from "./load-main-thread.mjs";
import { installProbe, warmLatencies } from "./latency.mjs";
import { scrollWholePage, settle, watchScripts } from "./page-js.mjs";

/**
 * Measures `route`: opens it in a fresh context (service workers blocked: the offline cache would
 * download the whole site in the background), records the scripts of the first view (loaded, not
 * scrolled, not touched), scrolls through the whole page (every example wakes) and records the
 * scripts again, then times warm hovers and arrow keys at each rate in `rates`; then `coldSamples`
 * cold first inspects per rate, each in a fresh context; then `loads` traced loads at 1×.
 */
export async function measurePage(browser, baseUrl, route, { viewport, rates, warmSamples, coldSamples, loads }) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  const scripts = watchScripts(page);
  await page.goto(baseUrl + route, { waitUntil: "load" });
  await settle(page);
  const firstView = await scripts.snapshot();
  await scrollWholePage(page);
  const scrolled = await scripts.snapshot();
  const hydrated = await page.evaluate(() => ({
    all: document.querySelectorAll("[data-island]").length,
    awake: document.querySelectorAll("[data-island][data-hydrated]").length,
  }));

  const islandIds = await page.evaluate(() =>
    [...document.querySelectorAll("[data-island][data-hydrated]")]
      .filter((island) => island.querySelector("button[data-cell][aria-pressed]"))
      .map((island) => island.id),
  );
  const warm = [];
  if (islandIds.length > 0) {
    await page.evaluate(installProbe);
    const cdp = await context.newCDPSession(page);
    for (const rate of rates) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      for (const kind of ["hover", "key"]) {
        warm.push({ kind, rate, samples: await warmLatencies(page, islandIds, kind, warmSamples) });
      }
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
  await context.close();

  const cold = [];
  if (islandIds.length > 0 && coldSamples > 0) {
    for (const rate of rates) {
      const samples = await coldInspectSamples(browser, baseUrl + route, {
        rate,
        count: coldSamples,
        viewport,
        timeoutMs: rate === 1 ? 3000 : 8000,
      });
      cold.push({ rate, samples });
    }
  }
  const load = loads > 0 ? await loadMainThread(browser, baseUrl + route, { loads }) : [];
  return { firstView, scrolled, hydrated, inspectable: islandIds.length, warm, cold, load };
}
