// Benchmark report: build time and how it grows with the page count, page weight, JavaScript
// shipped on first view, Lighthouse (mobile) performance and LCP, and how fast an inspected number
// is highlighted (input event → painted frame), with budgets beside the figures.
// Usage: npm run bench   (builds dist/, serves it with `vite preview` on port 4310, drives Chromium;
// Lighthouse uses port 4311). Takes several minutes; it is not part of npm test.
//   node scripts/bench.mjs [--skip-build] [--no-lighthouse] [--no-scaling] [route …]
//     --skip-build     measures the current dist/ (and skips the build-scaling runs);
//     --no-lighthouse  leaves Lighthouse out (about 12 s a page);
//     --no-scaling     leaves out the builds with 10, 50 and 100 synthetic pages;
//     --all-embeds     measures every /embed/… page (by default only the first one, as a sample:
//                      embed pages repeat their concept page's example);
//     route …          measures only those routes.
// BENCH_SAMPLES=n sets the latency samples per row (default 40); BENCH_PORT the preview port.
// It is a report, not a test: it exits 0 whatever the figures, and 1 only if it cannot measure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, MISSING_CHROMIUM_HELP, findChromium } from "../build/find-chromium.mjs";
import { lighthouseReports } from "./bench/lighthouse.mjs";
import { measureBuildScaling } from "./bench/scaling.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The built site: dist/, or SITE_OUT_DIR (also read by vite build and vite preview). */
const DIST = process.env.SITE_OUT_DIR ? resolve(process.env.SITE_OUT_DIR) : join(ROOT, "dist");
const VITE_BIN = join(ROOT, "node_modules", "vite", "bin", "vite.js");

/** Budgets, from the design: KB = 1000 bytes. */
const JS_BUDGET_BYTES = 75_000;
const FRAME_BUDGET_MS = 16;
const LIGHTHOUSE_BUDGET = 95;
const LCP_BUDGET_MS = 1500;
/** Synthetic concept pages added for the build-scaling runs. */
const SYNTHETIC_COUNTS = [0, 10, 50, 100];
/** Ports for `vite preview` and for Lighthouse's connection to Chromium (4310–4319 are the bench's). */
const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4310);
const LIGHTHOUSE_PORT = PREVIEW_PORT + 1;
/** Latency samples per page, per input and CPU setting, after WARMUP unmeasured ones. */
const SAMPLES = Math.max(1, Math.round(Number(process.env.BENCH_SAMPLES)) || 40);
const WARMUP = 4;
const THROTTLED_RATE = 4;
const VIEWPORT = { width: 1280, height: 900 };
/** A build normally takes seconds; past this it is reported as hung rather than waited for. */
const BUILD_TIMEOUT_MS = 5 * 60_000;
/** Identifiers whose presence in a JavaScript response means the library itself was shipped. */
const LIBRARIES = [
  { name: "MathJax", pattern: /mathjax/i },
  { name: "Mermaid", pattern: /mermaid/i },
];

const OK = "✓";
const FAIL = "✗";

// ---------------------------------------------------------------------------------------------
// Formatting

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value === undefined ? "—" : `${value.toFixed(1)} ms`);
const mark = (ok) => (ok ? OK : FAIL);

/** A plain text table: columns padded to their widest cell; numbers-looking cells right-aligned. */
function table(headers, rows, indent = "  ") {
  const all = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? "")].length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((row) => /^[\d.,]+( \S+)?( \(.*\))?$|^—$/.test(String(row[i]))),
  );
  const line = (row) =>
    indent +
    row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - [...cell].length);
        return numeric[i] ? pad + cell : cell + pad;
      })
      .join("   ")
      .trimEnd();
  return [line(all[0]), indent + widths.map((w) => "─".repeat(w)).join("   "), ...all.slice(1).map(line)].join("\n");
}

function percentile(sorted, p) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function summarize(values) {
  const sorted = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

// ---------------------------------------------------------------------------------------------
// Build and pages

function timeBuild(label) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [VITE_BIN, "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: process.env,
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error?.code === "ETIMEDOUT") {
    console.error(
      `${label} did not finish within ${BUILD_TIMEOUT_MS / 60_000} minutes; stopped it. Output so far:\n${result.stdout}\n${result.stderr}`,
    );
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`${label} failed (vite build exited with ${result.status}):\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return seconds;
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return []; // dist/.server: the build's server bundle
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** Every prerendered page in dist/, with the route that serves it. */
function prerenderedPages() {
  if (!existsSync(join(DIST, "index.html"))) return [];
  return htmlFiles(DIST)
    .map((file) => {
      const path = relative(DIST, file).split(sep).join("/");
      const route =
        path === "index.html"
          ? "/"
          : path.endsWith("/index.html")
            ? `/${path.slice(0, -"index.html".length)}`
            : `/${path}`;
      const html = readFileSync(file);
      return {
        route,
        htmlBytes: html.length,
        htmlGzip: gzipSize(html),
        islands: (html.toString("utf8").match(/\sdata-island="/g) ?? []).length,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

// ---------------------------------------------------------------------------------------------
// In the browser

/** Resolves once every island is hydrated (data-hydrated, set by src/islands/hydrate.ts) or failed, or after 10 s. */
async function waitForHydration(page) {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll("[data-island]")].every(
          (island) => island.hasAttribute("data-hydrated") || island.hasAttribute("data-island-failed"),
        ),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => {});
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Installs `window.__bench`: `arm(kind, islandId, index)` starts one sample for the island's
 * index-th inspectable button (an island can hold several grids with the same data-cell values), `result()` waits for
 * it. The sample starts when the input event is dispatched to the page (performance.now() in a
 * capturing `pointerover` on the target for hover, `keydown` for keys; how long the event waited
 * before that, from its own timeStamp, is kept as `delay`), records when the target gets
 * data-role="inspected" (MutationObserver: React committed), then in each animation frame checks
 * whether the change is in; in the first frame that has it, a MessageChannel message is posted,
 * which runs after that frame's rendering: its time approximates the paint that shows the
 * highlight; `frames` counts the animation frames up to it (1: the first frame after the event
 * already shows it). If the target is not highlighted within 1 s the sample is null.
 */
function installProbe() {
  let pending = Promise.resolve(null);
  window.__bench = {
    arm(kind, islandId, index) {
      const target = document.getElementById(islandId)?.querySelectorAll("button[data-cell][aria-pressed]")[index];
      const type = kind === "hover" ? "pointerover" : "keydown";
      let start;
      let committed;
      let observer;
      let onInput;
      pending = new Promise((done) => {
        const finish = (sample) => {
          clearTimeout(timer);
          window.removeEventListener(type, onInput, true);
          observer?.disconnect();
          done(sample);
        };
        const timer = setTimeout(() => finish(null), 1000);
        const inspected = () => target?.getAttribute("data-role") === "inspected";
        onInput = (event) => {
          if (start !== undefined || (kind === "hover" && event.target !== target)) return;
          start = performance.now();
          const delay = event.timeStamp > 0 && event.timeStamp <= start ? start - event.timeStamp : undefined;
          observer = new MutationObserver(() => {
            if (committed === undefined && inspected()) committed = performance.now();
          });
          if (target) observer.observe(target, { attributes: true, attributeFilter: ["data-role"] });
          let frames = 0;
          const check = () => {
            frames += 1;
            if (!inspected()) return void requestAnimationFrame(check);
            committed ??= performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              finish({ delay, frames, commit: committed - start, paint: performance.now() - start });
            channel.port2.postMessage(0);
          };
          requestAnimationFrame(check);
        };
        window.addEventListener(type, onInput, true);
      });
    },
    result: () => pending,
  };
}

/**
 * The inspectable buttons of an island, with their centres, after scrolling them (not the whole
 * island, which can be taller than the window) to the middle of the window. Buttons that still
 * fall outside the window are left out.
 */
async function islandButtons(page, islandId) {
  await page.evaluate((id) => {
    const rects = [...(document.getElementById(id)?.querySelectorAll("button[data-cell][aria-pressed]") ?? [])].map(
      (b) => b.getBoundingClientRect(),
    );
    if (rects.length === 0) return;
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    window.scrollBy(0, (top + bottom) / 2 - window.innerHeight / 2);
  }, islandId);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate((id) => {
    const island = document.getElementById(id);
    const buttons = [...(island?.querySelectorAll("button[data-cell][aria-pressed]") ?? [])];
    const grids = [...new Set(buttons.map((button) => button.parentElement))];
    return buttons
      .map((button, index) => {
        const rect = button.getBoundingClientRect();
        const grid = grids.indexOf(button.parentElement);
        return { index, grid, cell: button.dataset.cell, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      })
      .filter(({ x, y }) => x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight);
  }, islandId);
}

/** Hover samples, alternating between the island's buttons (or off and on again if it has one). */
async function hoverSamples(page, islandId, count) {
  const buttons = await islandButtons(page, islandId);
  if (buttons.length === 0) return [];
  await page.mouse.move(1, 1);
  const samples = [];
  for (let i = 0; i < WARMUP + count; i++) {
    const button = buttons[i % buttons.length];
    if (buttons.length === 1) await page.mouse.move(1, 1);
    await page.evaluate(([id, index]) => window.__bench.arm("hover", id, index), [islandId, button.index]);
    await page.mouse.move(button.x, button.y);
    const sample = await page.evaluate(() => window.__bench.result());
    if (sample === null && i === 0) return Array.from({ length: count }, () => null); // never highlights: don't wait 1 s per sample
    if (i >= WARMUP) samples.push(sample);
  }
  await page.mouse.move(1, 1);
  return samples;
}

/**
 * Arrow-key samples: focus the first button, then alternate Right/Left (or Down/Up) between it
 * and its neighbour in the same grid.
 */
async function keySamples(page, islandId, count) {
  const buttons = await islandButtons(page, islandId);
  const first = buttons.find((b) => b.cell === "0-0");
  const neighbour = (cell) => buttons.find((b) => b.grid === first?.grid && b.cell === cell);
  const pair = !first
    ? null
    : neighbour("0-1")
      ? ["ArrowRight", "ArrowLeft", neighbour("0-1")]
      : neighbour("1-0")
        ? ["ArrowDown", "ArrowUp", neighbour("1-0")]
        : null;
  if (!pair) return [];
  const [forward, back, second] = pair;
  await page.mouse.move(1, 1); // a hover would outrank focus
  await page.evaluate(
    ([id, index]) => document.getElementById(id)?.querySelectorAll("button[data-cell][aria-pressed]")[index]?.focus(),
    [islandId, first.index],
  );
  const samples = [];
  for (let i = 0; i < WARMUP + count; i++) {
    const [key, target] = i % 2 === 0 ? [forward, second] : [back, first];
    await page.evaluate(([id, index]) => window.__bench.arm("key", id, index), [islandId, target.index]);
    await page.keyboard.press(key);
    const sample = await page.evaluate(() => window.__bench.result());
    if (sample === null && i === 0) return Array.from({ length: count }, () => null);
    if (i >= WARMUP) samples.push(sample);
  }
  await page.keyboard.press("Escape");
  return samples;
}

async function latencies(page, islandIds, kind) {
  const perIsland = Math.max(1, Math.ceil(SAMPLES / islandIds.length));
  const samples = [];
  for (const id of islandIds) {
    samples.push(
      ...(kind === "hover" ? await hoverSamples(page, id, perIsland) : await keySamples(page, id, perIsland)),
    );
  }
  return samples;
}

async function measurePage(browser, baseUrl, route) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const scripts = new Map();
  page.on("response", async (response) => {
    const url = response.url();
    const type = response.headers()["content-type"] ?? "";
    if (!/\.m?js(\?|$)/.test(new URL(url).pathname) && !type.includes("javascript")) return;
    scripts.set(
      url,
      response.body().catch(() => Buffer.alloc(0)),
    );
  });
  await page.goto(baseUrl + route, { waitUntil: "networkidle" });
  await waitForHydration(page);
  await page.waitForLoadState("networkidle");

  const js = [];
  for (const [url, bodyPromise] of scripts) {
    const body = await bodyPromise;
    const text = body.toString("utf8");
    js.push({
      file: new URL(url).pathname.split("/").pop(),
      bytes: body.length,
      gzip: gzipSize(body),
      libraries: LIBRARIES.filter((lib) => lib.pattern.test(text)).map((lib) => lib.name),
    });
  }

  const islandIds = await page.evaluate(() =>
    [...document.querySelectorAll("[data-island]")]
      .filter((island) => island.querySelector("button[data-cell][aria-pressed]"))
      .map((island) => island.id),
  );
  const latency = [];
  if (islandIds.length > 0) {
    await page.evaluate(installProbe);
    const cdp = await context.newCDPSession(page);
    for (const rate of [1, THROTTLED_RATE]) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      for (const kind of ["hover", "key"]) {
        const samples = await latencies(page, islandIds, kind);
        latency.push({ kind, rate, samples });
      }
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
  await context.close();
  return { js, inspectable: islandIds.length, latency };
}

// ---------------------------------------------------------------------------------------------
// Main

const executablePath = findChromium();
if (!executablePath) {
  console.error(MISSING_CHROMIUM_HELP);
  process.exit(1);
}

const args = process.argv.slice(2);
const skipBuild = args.includes("--skip-build");
const withLighthouse = !args.includes("--no-lighthouse");
const withScaling = !skipBuild && !args.includes("--no-scaling");
const onlyRoutes = args.filter((arg) => !arg.startsWith("--"));

console.log("Attention, by Hand: benchmark\n");
let firstBuild;
let secondBuild;
if (!skipBuild) {
  process.stdout.write("Building (vite build) … ");
  firstBuild = timeBuild("First build");
  process.stdout.write("again … ");
  secondBuild = timeBuild("Second build");
  console.log("done.\n");
}

const allEmbeds = args.includes("--all-embeds");
const firstEmbed = prerenderedPages().find((page) => page.route.startsWith("/embed/"))?.route;
const pages = prerenderedPages().filter((page) =>
  onlyRoutes.length > 0
    ? onlyRoutes.includes(page.route)
    : allEmbeds || !page.route.startsWith("/embed/") || page.route === firstEmbed,
);
if (pages.length === 0) {
  console.error(
    `No prerendered page in ${DIST} matches ${onlyRoutes.join(", ") || "anything"}; run without --skip-build to build.`,
  );
  process.exit(1);
}
const port = PREVIEW_PORT;
const server = await preview({ root: ROOT, preview: { port, strictPort: true, host: "127.0.0.1" }, logLevel: "error" });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const baseUrl = `http://127.0.0.1:${port}`;
const results = [];
let lighthouse = new Map();
try {
  for (const page of pages) {
    process.stdout.write(`Measuring ${page.route} … `);
    results.push({ ...page, ...(await measurePage(browser, baseUrl, page.route)) });
    console.log("done.");
  }
  await browser.close();
  if (withLighthouse) {
    process.stdout.write(`Lighthouse (mobile) on ${pages.length} pages … `);
    lighthouse = await lighthouseReports({
      executablePath,
      baseUrl,
      routes: pages.map((p) => p.route),
      port: LIGHTHOUSE_PORT,
    });
    console.log("done.");
  }
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}

let scaling;
if (withScaling) {
  process.stdout.write(
    `Build scaling: ${SYNTHETIC_COUNTS.join(", ")} synthetic pages in a temporary copy, fastest of 2 builds each … `,
  );
  scaling = measureBuildScaling({
    root: ROOT,
    viteBin: VITE_BIN,
    counts: SYNTHETIC_COUNTS,
    runs: 2,
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  console.log("done.\n");
}

console.log(
  `Machine: ${cpus().length} CPU × ${cpus()[0]?.model.trim() ?? "unknown"}; Node ${process.version}; Chromium ${chromiumVersion} (${executablePath})`,
);
console.log("Sizes: KB = 1000 bytes, KiB = 1024 bytes; gzip sizes are each file gzipped at level 9.\n");

console.log("Build");
console.log(
  table(
    ["build", "time"],
    [
      ["first (vite build)", skipBuild ? "— (--skip-build)" : `${firstBuild.toFixed(2)} s`],
      ["second (cached)", skipBuild ? "— (--skip-build)" : `${secondBuild.toFixed(2)} s`],
    ],
  ),
);

const LINEAR_R2 = 0.95;
if (scaling) {
  const { rows, fit, cpuFit } = scaling;
  console.log(
    `\nBuild time against page count (the real pages plus synthetic ones with prose, a list and 3 formulas; fastest of ${rows[0]?.all.length ?? 0} builds;\n` +
      "  CPU = the build process's user + system time, which other load on the machine barely changes)",
  );
  console.log(
    table(
      ["synthetic pages", "pages built", "wall time", "CPU time", "CPU ms per page", "all wall times"],
      rows.map((row) => [
        String(row.synthetic),
        String(row.pages),
        `${(row.ms / 1000).toFixed(2)} s`,
        `${(row.cpuMs / 1000).toFixed(2)} s`,
        `${(row.cpuMs / row.pages).toFixed(0)} ms`,
        row.all.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", "),
      ]),
    ),
  );
  console.log(
    `  Linear fit, CPU time: ${(cpuFit.intercept / 1000).toFixed(2)} s + ${cpuFit.slope.toFixed(1)} ms × pages, R² = ${cpuFit.r2.toFixed(4)}` +
      `  ${mark(cpuFit.r2 >= LINEAR_R2)} linear (budget: R² ≥ ${LINEAR_R2})`,
  );
  console.log(
    `  Linear fit, wall time: ${(fit.intercept / 1000).toFixed(2)} s + ${fit.slope.toFixed(1)} ms × pages, R² = ${fit.r2.toFixed(4)} (report only)`,
  );
}

/** Paint latency of one input kind at one CPU rate on a page, or undefined without examples. */
function paintLatency(result, kind, rate) {
  const row = result.latency.find((l) => l.kind === kind && l.rate === rate);
  return row ? summarize(row.samples.map((s) => s?.paint)) : undefined;
}
const jsTotal = (result) => result.js.reduce((sum, file) => sum + file.gzip, 0);
const withBudget = (text, ok) => (ok === undefined ? text : `${text} ${mark(ok)}`);

console.log(
  `\nSummary per page (budgets beside each figure: JS ≤ ${kb(JS_BUDGET_BYTES)} gzip, Lighthouse mobile ≥ ${LIGHTHOUSE_BUDGET}, ` +
    `LCP ≤ ${LCP_BUDGET_MS / 1000} s, hover paint p95 ≤ ${FRAME_BUDGET_MS} ms at 1×; 4× rows are reported without a budget)`,
);
console.log(
  table(
    ["route", "HTML", "JS gzip", "Lighthouse", "LCP", "hover p95 1×", "hover med/p95 4×", "focus (arrow) med/p95 4×"],
    results.map((r) => {
      const lh = lighthouse.get(r.route);
      const hover1 = paintLatency(r, "hover", 1);
      const hover4 = paintLatency(r, "hover", THROTTLED_RATE);
      const key4 = paintLatency(r, "key", THROTTLED_RATE);
      return [
        r.route,
        kb(r.htmlBytes),
        withBudget(kb(jsTotal(r)), jsTotal(r) <= JS_BUDGET_BYTES),
        lh?.score === undefined
          ? withLighthouse
            ? `— ${lh?.problem ?? ""}`
            : "—"
          : withBudget(String(lh.score), lh.score >= LIGHTHOUSE_BUDGET),
        lh?.lcp === undefined ? "—" : withBudget(`${(lh.lcp / 1000).toFixed(2)} s`, lh.lcp <= LCP_BUDGET_MS),
        hover1?.p95 === undefined ? "—" : withBudget(ms(hover1.p95), hover1.p95 <= FRAME_BUDGET_MS),
        hover4?.p95 === undefined ? "—" : `${ms(hover4.median)} / ${ms(hover4.p95)}`,
        key4?.p95 === undefined ? "—" : `${ms(key4.median)} / ${ms(key4.p95)}`,
      ];
    }),
  ),
);
if (withLighthouse) {
  const first = [...lighthouse.values()][0];
  console.log(
    `  Lighthouse ${first?.version ?? "?"} (${first?.formFactor ?? "mobile"}, simulated slow 4G and 4× CPU; 12.8 could not be installed here), ` +
      "performance category only. FCP / TBT / CLS per page: " +
      [...lighthouse.entries()]
        .map(
          ([route, lh]) =>
            `${route} ${lh.fcp === undefined ? "—" : `${(lh.fcp / 1000).toFixed(2)} s`} / ${lh.tbt?.toFixed(0) ?? "—"} ms / ${lh.cls?.toFixed(3) ?? "—"}`,
        )
        .join("; "),
  );
}

console.log(
  `\nPages (${pages.length} prerendered in dist/; JavaScript = every .js response on first view, after hydration)`,
);
console.log(
  table(
    [
      "route",
      "HTML",
      "HTML gzip",
      "islands",
      "JS files",
      "JS gzip",
      `JS ≤ ${kb(JS_BUDGET_BYTES)}`,
      "MathJax/Mermaid in JS",
    ],
    results.map((r) => {
      const total = r.js.reduce((sum, file) => sum + file.gzip, 0);
      const libraries = [...new Set(r.js.flatMap((file) => file.libraries))];
      return [
        r.route,
        `${r.htmlBytes} B`,
        `${r.htmlGzip} B`,
        String(r.islands),
        String(r.js.length),
        `${kb(total)} (${kib(total)})`,
        mark(total <= JS_BUDGET_BYTES),
        libraries.length === 0 ? `${OK} none` : `${FAIL} ${libraries.join(", ")}`,
      ];
    }),
  ),
);

const files = new Map();
for (const r of results) {
  for (const file of r.js) {
    const entry = files.get(file.file) ?? { ...file, pages: 0 };
    entry.pages += 1;
    files.set(file.file, entry);
  }
}
if (files.size > 0) {
  console.log("\nJavaScript files loaded (largest first)");
  console.log(
    table(
      ["file", "raw", "gzip", "pages", "contains"],
      [...files.values()]
        .sort((a, b) => b.gzip - a.gzip)
        .map((f) => [
          f.file,
          `${f.bytes} B`,
          `${kb(f.gzip)} (${kib(f.gzip)})`,
          String(f.pages),
          f.libraries.join(", ") || "—",
        ]),
    ),
  );
}

const latencyRows = results.flatMap((r) =>
  r.latency.map(({ kind, rate, samples }) => {
    const missed = samples.filter((s) => s === null).length;
    const delay = summarize(samples.map((s) => s?.delay));
    const commit = summarize(samples.map((s) => s?.commit));
    const paint = summarize(samples.map((s) => s?.paint));
    const painted = samples.filter((s) => s !== null);
    const firstFrame =
      painted.length === 0
        ? "—"
        : `${Math.round((100 * painted.filter((s) => s.frames === 1).length) / painted.length)} %`;
    const budget =
      missed > 0
        ? `${FAIL} ${missed} not highlighted`
        : rate !== 1 || kind !== "hover"
          ? "(report only)"
          : `${mark(paint.p95 !== undefined && paint.p95 <= FRAME_BUDGET_MS)} p95 ≤ ${FRAME_BUDGET_MS} ms`;
    return [
      r.route,
      kind === "hover" ? "hover" : "arrow key",
      rate === 1 ? "1×" : `${rate}× slower`,
      `${paint.n}/${samples.length}`,
      ms(delay.median),
      ms(commit.median),
      ms(commit.p95),
      ms(paint.median),
      ms(paint.p95),
      firstFrame,
      budget,
    ];
  }),
);
console.log(
  `\nInput-to-paint latency (${SAMPLES} samples per row after ${WARMUP} warm-up, alternating buttons, ${VIEWPORT.width}×${VIEWPORT.height}).\n` +
    '  Measured from the event\'s dispatch to the page: to the DOM commit (data-role="inspected" set) and to the end of the\n' +
    '  first frame that shows it. "queued": how long the browser held the event before dispatching it (frame-aligned for\n' +
    '  mouse moves), not counted in the other figures. "in 1st frame": samples already painted in the first frame after\n' +
    `  the event. Budget: a hover is highlighted within one frame, paint p95 ≤ ${FRAME_BUDGET_MS} ms at full CPU speed. A key press\n` +
    "  waits for the next frame wherever it falls (0 to 16.7 ms), so key rows are reported without a budget.",
);
if (latencyRows.length === 0) console.log("  No page has inspectable buttons.");
else {
  console.log(
    table(
      [
        "route",
        "input",
        "CPU",
        "samples",
        "queued median",
        "commit median",
        "commit p95",
        "paint median",
        "paint p95",
        "in 1st frame",
        "budget",
      ],
      latencyRows,
    ),
  );
}

const verdicts = [
  ...results.map((r) => r.js.reduce((sum, f) => sum + f.gzip, 0) <= JS_BUDGET_BYTES),
  ...[...lighthouse.values()].flatMap((lh) => [
    lh.score !== undefined && lh.score >= LIGHTHOUSE_BUDGET,
    lh.lcp !== undefined && lh.lcp <= LCP_BUDGET_MS,
  ]),
  ...(scaling ? [scaling.cpuFit.r2 >= LINEAR_R2] : []),
  ...results.map((r) => r.js.every((f) => f.libraries.length === 0)),
  ...latencyRows.filter((row) => row.at(-1) !== "(report only)").map((row) => row.at(-1).startsWith(OK)),
];
const failed = verdicts.filter((ok) => !ok).length;
console.log(
  `\nBudgets: ${verdicts.length - failed} ${OK}, ${failed} ${FAIL} (a report: the exit code is 0 either way).`,
);
process.exit(0);
