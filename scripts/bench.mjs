// Benchmark report: build time and how it grows with the page count, page weight, JavaScript on
// first view and after scrolling through a page, Lighthouse (mobile) performance, TBT, LCP and SEO,
// how fast an inspected number is highlighted, cold (the example has not woken) and warm, how
// fast a dragged vector tip is redrawn (scripts/bench/drag-paint.mjs), and the main thread while a
// page loads at full CPU speed (scripts/bench/load-main-thread.mjs), with
// budgets beside the figures and, in brackets, the figures of a saved earlier run.
// Usage: npm run bench   (builds dist/, serves it with `vite preview` on port 4310, drives Chromium;
// Lighthouse uses port 4311). Takes several minutes; it is not part of npm test.
//   node scripts/bench.mjs [--skip-build] [--no-lighthouse] [--no-scaling] [--no-cold] [route …]
//     --skip-build       measures the current dist/ (and skips the build-scaling runs);
//     --no-lighthouse    leaves Lighthouse out (about 15 s a page);
//     --no-scaling       leaves out the builds with 10, 50 and 100 synthetic pages;
//     --no-cold          leaves out the cold first inspects (a fresh page per sample);
//     --all-embeds       measures every /embed/… page (by default only the first one, as a sample:
//                        embed pages repeat their concept page's example);
//     --save=<file>      writes this run's figures to <file> (JSON);
//     --compare=<file>   prints that saved run's figures beside this run's (default:
//                        scripts/bench/baseline.json, the site before islands woke lazily);
//     route …            measures only those routes.
// BENCH_SAMPLES=n sets the warm latency samples per row (default 40), BENCH_COLD_SAMPLES the cold
// ones (default 10: one page load each), BENCH_LOADS the traced loads per page (default 7);
// BENCH_PORT the preview port.
// It is a report, not a test: it exits 0 whatever the figures, and 1 only if it cannot measure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, MISSING_CHROMIUM_HELP, findChromium } from "../build/find-chromium.mjs";
import { lighthouseReports } from "./bench/lighthouse.mjs";
import { measureBuildScaling } from "./bench/scaling.mjs";
import { measurePage } from "./bench/measure-page.mjs";
import { DRAG_ROUTE, measureDragPaint, printDragPaint } from "./bench/drag-paint.mjs";
import { gzipSize } from "./bench/page-js.mjs";
import { OK, FAIL, mark, loadFigures, saveFigures, table } from "./bench/report.mjs";
import { figuresOf, printLatencies, printLoadMainThread, printScripts, printSummary } from "./bench/summary.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The built site: dist/, or SITE_OUT_DIR (also read by vite build and vite preview). */
const DIST = process.env.SITE_OUT_DIR ? resolve(process.env.SITE_OUT_DIR) : join(ROOT, "dist");
const VITE_BIN = join(ROOT, "node_modules", "vite", "bin", "vite.js");
/** The run printed in brackets unless --compare names another. */
const DEFAULT_COMPARE = join(ROOT, "scripts", "bench", "baseline.json");

/** Synthetic concept pages added for the build-scaling runs. */
const SYNTHETIC_COUNTS = [0, 10, 50, 100];
/** Ports for `vite preview` and for Lighthouse's connection to Chromium (4310–4319 are the bench's). */
const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4310);
const LIGHTHOUSE_PORT = PREVIEW_PORT + 1;
/** Warm latency samples per page, per input and CPU setting; cold samples (page loads) per CPU setting. */
const SAMPLES = Math.max(1, Math.round(Number(process.env.BENCH_SAMPLES)) || 40);
const COLD_SAMPLES = Math.max(1, Math.round(Number(process.env.BENCH_COLD_SAMPLES)) || 10);
const LOADS = Math.max(1, Math.round(Number(process.env.BENCH_LOADS)) || 7);
/** Full speed, and Chromium's CPU slowdown for a mid-range phone. */
const RATES = [1, 4];
const VIEWPORT = { width: 1280, height: 900 };
/** A build normally takes seconds; past this it is reported as hung rather than waited for. */
const BUILD_TIMEOUT_MS = 5 * 60_000;

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
// Main

const executablePath = findChromium();
if (!executablePath) {
  console.error(MISSING_CHROMIUM_HELP);
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const skipBuild = args.includes("--skip-build");
const withLighthouse = !args.includes("--no-lighthouse");
const withScaling = !skipBuild && !args.includes("--no-scaling");
const withCold = !args.includes("--no-cold");
const saveTo = option("save");
const compareWith = option("compare") ?? DEFAULT_COMPARE;
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
const before = loadFigures(compareWith);
const port = PREVIEW_PORT;
const server = await preview({ root: ROOT, preview: { port, strictPort: true, host: "127.0.0.1" }, logLevel: "error" });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const baseUrl = `http://127.0.0.1:${port}`;
const results = [];
let lighthouse = new Map();
/** Drag-to-paint samples (scripts/bench/drag-paint.mjs), when the dot product page is measured. */
let drag;
try {
  for (const page of pages) {
    process.stdout.write(`Measuring ${page.route} … `);
    const measured = await measurePage(browser, baseUrl, page.route, {
      viewport: VIEWPORT,
      rates: RATES,
      warmSamples: SAMPLES,
      coldSamples: withCold ? COLD_SAMPLES : 0,
      loads: LOADS,
    });
    results.push({ ...page, ...measured });
    console.log("done.");
  }
  if (pages.some((page) => page.route === DRAG_ROUTE)) {
    process.stdout.write(`Drag-to-paint on ${DRAG_ROUTE} … `);
    drag = await measureDragPaint(browser, baseUrl, { samples: SAMPLES, viewport: VIEWPORT });
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

const machine = `${cpus().length} CPU × ${cpus()[0]?.model.trim() ?? "unknown"}; Node ${process.version}; Chromium ${chromiumVersion}`;
console.log(`Machine: ${machine} (${executablePath})`);
console.log(
  "Sizes: KB = 1000 bytes, KiB = 1024 bytes; gzip sizes are each file gzipped at level 9. Service workers are blocked\n" +
    "while measuring (the offline cache would download the whole site in the background).\n",
);

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

const verdicts = printSummary(results, lighthouse, before, RATES);
if (withLighthouse) {
  const first = [...lighthouse.values()][0];
  console.log(
    `  Lighthouse ${first?.version ?? "?"} (${first?.formFactor ?? "mobile"}, simulated slow 4G and 4× CPU; 12.8 could not be installed here). ` +
      "FCP / CLS per page: " +
      [...lighthouse.entries()]
        .map(
          ([route, lh]) =>
            `${route} ${lh.fcp === undefined ? "—" : `${(lh.fcp / 1000).toFixed(2)} s`} / ${lh.cls?.toFixed(3) ?? "—"}`,
        )
        .join("; ") +
      [...lighthouse.entries()]
        .filter(([, lh]) => lh.problem)
        .map(([route, lh]) => `\n  ${route}: ${lh.problem}`)
        .join(""),
  );
}
if (scaling) verdicts.push(scaling.cpuFit.r2 >= LINEAR_R2);

console.log(`\nPages (${pages.length} prerendered in ${relative(ROOT, DIST) || "."}/)`);
console.log(
  table(
    [
      "route",
      "HTML",
      "HTML gzip",
      "islands",
      "awake after scrolling",
      "JS files first view",
      "JS files after scrolling",
    ],
    results.map((r) => [
      r.route,
      `${r.htmlBytes} B`,
      `${r.htmlGzip} B`,
      String(r.islands),
      `${r.hydrated.awake}/${r.hydrated.all}`,
      String(r.firstView.length),
      String(r.scrolled.length),
    ]),
  ),
);
verdicts.push(printScripts(results) !== false);
printLatencies(results, SAMPLES, COLD_SAMPLES, VIEWPORT);
printLoadMainThread(results, before, LOADS);
if (drag) verdicts.push(printDragPaint(drag));

if (saveTo) {
  saveFigures(saveTo, {
    label: process.env.BENCH_LABEL ?? "saved run",
    date: new Date().toISOString().slice(0, 10),
    machine,
    pages: Object.fromEntries(results.map((r) => [r.route, figuresOf(r, lighthouse.get(r.route))])),
  });
  console.log(`\nFigures saved to ${saveTo}.`);
}

const failed = verdicts.filter((ok) => !ok).length;
console.log(
  `\nBudgets: ${verdicts.length - failed} ${OK}, ${failed} ${FAIL} (a report: the exit code is 0 either way).`,
);
process.exit(0);
