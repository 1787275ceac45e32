// Drag-to-paint latency: how long from a pointermove over a dragged vector tip (the dot product
// page's first example) to the end of the first frame that draws the tip at its new, snapped place.
// Part of `npm run bench` (scripts/bench.mjs); on its own, against an existing build:
//   node scripts/bench/drag-paint.mjs        (SITE_OUT_DIR picks the build, BENCH_PORT the port,
//                                             BENCH_SAMPLES the number of samples, default 40)
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, findChromium } from "../../build/find-chromium.mjs";
import { ms, summarize, table } from "./report.mjs";
import { WARMUP } from "./latency.mjs";

export const DRAG_ROUTE = "/concepts/dot-product/";
const ISLAND = "similar-directions";
/** Budget: the tip is drawn in the frame after the move, at full CPU speed. */
export const DRAG_P95_BUDGET = 16;

/**
 * Installs `window.__drag`: `arm()` times the next pointermove (from its dispatch, capturing on
 * window) to the first animation frame in which the dragged handle's transform differs from what
 * it was when armed, plus a MessageChannel hop that runs after that frame's rendering, as the
 * hover probe does (latency.mjs); `result()` waits for the sample (null after 1 s).
 */
function installDragProbe() {
  let pending = Promise.resolve(null);
  window.__drag = {
    arm(handleSelector) {
      const handle = () => document.querySelector(handleSelector);
      const before = handle()?.getAttribute("transform");
      pending = new Promise((done) => {
        let start;
        let committed;
        let observer;
        const finish = (sample) => {
          clearTimeout(timer);
          window.removeEventListener("pointermove", onMove, true);
          observer?.disconnect();
          done(sample);
        };
        const timer = setTimeout(() => finish(null), 1000);
        const onMove = () => {
          if (start !== undefined) return;
          start = performance.now();
          observer = new MutationObserver(() => {
            committed ??= performance.now();
          });
          const target = handle();
          if (target) observer.observe(target, { attributes: true, attributeFilter: ["transform"] });
          let frames = 0;
          const check = () => {
            frames += 1;
            if (handle()?.getAttribute("transform") === before) return void requestAnimationFrame(check);
            committed ??= performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              finish({ frames, commit: committed - start, paint: performance.now() - start });
            channel.port2.postMessage(0);
          };
          requestAnimationFrame(check);
        };
        window.addEventListener("pointermove", onMove, true);
      });
    },
    result: () => pending,
  };
}

/**
 * Opens the dot product page, wakes its first example, presses the mouse on a's tip and moves it
 * back and forth between two points half a unit apart on each axis (so every move lands on a new
 * snapped value and the whole example re-renders), timing `samples` moves after WARMUP unmeasured
 * ones, at CPU slowdown `rate` (1: full speed).
 */
export async function measureDragPaint(browser, baseUrl, { samples = 40, rate = 1, viewport } = {}) {
  const context = await browser.newContext({
    viewport: viewport ?? { width: 1280, height: 900 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  try {
    await page.goto(baseUrl + DRAG_ROUTE, { waitUntil: "load" });
    const island = page.locator(`[data-island][id="${ISLAND}"]`);
    await island.scrollIntoViewIfNeeded();
    await island.hover();
    await page.waitForSelector(`#${ISLAND}[data-hydrated]`, { timeout: 15_000 });
    const selector = `[data-example="${ISLAND}"] .tip-a`;
    const handle = page.locator(selector);
    await handle.scrollIntoViewIfNeeded();
    await page.evaluate(installDragProbe);
    if (rate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    }
    const ring = (await handle.locator(".tip-ring").boundingBox()) ?? undefined;
    if (!ring) return { route: DRAG_ROUTE, rate, samples: [] };
    const from = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
    // Half a unit on the plot: its x ticks 0 and 1 are drawn this far apart on screen.
    const unit = await page.evaluate((id) => {
      const svg = document.querySelector(`[data-example="${id}"] .dot-plot svg[role="img"]`);
      const ticks = [...svg.querySelectorAll(".axis text[text-anchor='middle']")];
      const at = (label) => Number(ticks.find((t) => t.textContent === label)?.getAttribute("x"));
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return (at("1") - at("0")) * scale;
    }, ISLAND);
    const targets = [
      { x: from.x, y: from.y },
      { x: from.x - unit / 2, y: from.y - unit / 2 },
    ];
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    const measured = [];
    for (let i = 0; i < WARMUP + samples; i++) {
      const target = targets[(i + 1) % 2];
      await page.evaluate((s) => window.__drag.arm(s), selector);
      await page.mouse.move(target.x, target.y);
      const sample = await page.evaluate(() => window.__drag.result());
      if (i >= WARMUP) measured.push(sample);
    }
    await page.mouse.up();
    return { route: DRAG_ROUTE, rate, samples: measured };
  } finally {
    await context.close();
  }
}

/** Prints the drag-to-paint series as a table, beside the hover figures. Returns whether p95 is within budget. */
export function printDragPaint(result) {
  const paint = summarize(result.samples.map((s) => s?.paint));
  const commit = summarize(result.samples.map((s) => s?.commit));
  const painted = result.samples.filter((s) => s !== null);
  const ok = paint.p95 !== undefined && paint.p95 <= DRAG_P95_BUDGET;
  console.log(
    `\nDrag-to-paint latency: the mouse held on a's tip on ${result.route} (#${ISLAND}), moved half a unit each way in turn,\n` +
      "  so every move snaps to a new value; timed from the pointermove's dispatch to the end of the first frame that\n" +
      `  draws the tip at its new place ("commit": until React has moved it in the DOM; budget: p95 ≤ ${DRAG_P95_BUDGET} ms at 1×).`,
  );
  console.log(
    table(
      ["route", "CPU", "samples", "commit median", "paint median", "paint p95", "1st frame", "budget"],
      [
        [
          result.route,
          result.rate === 1 ? "1×" : `${result.rate}× slower`,
          `${paint.n}/${result.samples.length}`,
          ms(commit.median),
          ms(paint.median),
          ms(paint.p95),
          painted.length === 0
            ? "—"
            : `${Math.round((100 * painted.filter((s) => s.frames === 1).length) / painted.length)} %`,
          result.rate === 1 ? (ok ? "✓" : "✗") : "",
        ],
      ],
    ),
  );
  return ok;
}

// Run on its own: serve the existing build and measure.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.BENCH_PORT ?? 4310);
  const samples = Math.max(1, Math.round(Number(process.env.BENCH_SAMPLES)) || 40);
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const server = await preview({ root, preview: { port, strictPort: true, host: "127.0.0.1" }, logLevel: "error" });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    printDragPaint(await measureDragPaint(browser, `http://127.0.0.1:${port}`, { samples }));
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(done));
  }
}
