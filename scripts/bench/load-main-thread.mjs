// The browser's main thread while a page loads, at full CPU speed: a steadier figure than
// Lighthouse's TBT on a busy machine (which multiplies one observed load by 4 and moved by up to
// 200 ms between two runs of the same build here), for the same question: how long is input
// blocked while the page is being put on screen?

/** Lighthouse's phone: the width and pixel ratio its mobile runs emulate. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

/** A task longer than this at 1× blocks input for more than 50 ms at 4× CPU slowdown. */
export const LONG_TASK_MS = 12.5;

/**
 * Loads `url` `loads` times, each in a fresh context (service workers blocked), traces the
 * renderer's main thread from navigation to one second after the load event, and returns per load:
 * `styleLayout`, the time spent computing style and layout (ms), and `blocking`, the sum over
 * tasks of their time beyond LONG_TASK_MS.
 */
export async function loadMainThread(browser, url, { loads }) {
  const samples = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(1000);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    const main = traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
    if (!main) continue;
    const complete = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
    const total = (names) => complete.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.dur / 1000, 0);
    samples.push({
      styleLayout: total(["UpdateLayoutTree", "Layout"]),
      blocking: complete
        .filter((e) => e.name === "RunTask")
        .reduce((sum, e) => sum + Math.max(0, e.dur / 1000 - LONG_TASK_MS), 0),
    });
  }
  return samples;
}
