// Readability report: per page at 360 px, the smallest rendered figure text and the page's
// sideways overflow with every example grown to its largest size; and the height of the
// self-attention map page at 1280 px with JavaScript. Budgets beside the figures (issue 15).
// Usage: npm run bench:readability   (measures the built site: dist/ or SITE_OUT_DIR; serves it
// with `vite preview` on BENCH_PORT, default 4312; BENCH_ROUTES=/embed/ measures only matching routes). A report, not a test: exits 0 whatever the
// figures, 1 only if it cannot measure.
import { readdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, MISSING_CHROMIUM_HELP, findChromium } from "../../build/find-chromium.mjs";
import { pageOverflow, smallestFigureText } from "./readability-probe.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = process.env.SITE_OUT_DIR ? resolve(process.env.SITE_OUT_DIR) : join(ROOT, "dist");
const PORT = Number(process.env.BENCH_PORT ?? 4312);
/** Measures only the routes that contain this text (BENCH_ROUTES=/embed/), for a quick look. */
const ONLY = process.env.BENCH_ROUTES ?? "";
const MIN_FIGURE_TEXT_PX = 11;
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const MAP_PAGE = "/concepts/self-attention-map/";
/** The map page's height at 1,280 px before issue 15 (about 11,000 px); the budget is 60 % of it. */
const MAP_HEIGHT_BEFORE = 11_000;
const MAP_HEIGHT_BUDGET = 0.6;

/** Every built page's route, embed pages included. */
function routes(dir = DIST) {
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (entry.name.startsWith(".")) return [];
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith(".html") ? [path] : [];
    });
  return walk(dir)
    .map((file) => `/${relative(dir, file).split(sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}

/**
 * Wakes every island the way a reader would, one after the other: shows the step it sits in when
 * tabs hide it (src/chrome/step-tabs.ts), scrolls to it, points at it, and waits until it has
 * hydrated (or failed, which the page then shows).
 */
async function wakeEverything(page) {
  const ids = await page.evaluate(() => [...document.querySelectorAll("[data-island]")].map((island) => island.id));
  for (const id of ids) {
    await revealStep(page, id);
    const island = page.locator(`[data-island][id="${id}"]`);
    await island.scrollIntoViewIfNeeded();
    await island.evaluate((element) => {
      const busy = ["data-hydrated", "data-island-failed", "data-island-waking"].some((name) =>
        element.hasAttribute(name),
      );
      if (!busy) element.dispatchEvent(new Event("pointerover", { bubbles: true }));
    });
    await page.waitForFunction(
      (islandId) => {
        const element = document.getElementById(islandId);
        return !element || element.hasAttribute("data-hydrated") || element.hasAttribute("data-island-failed");
      },
      id,
      { timeout: 60_000 },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Shows the tabbed step the element `id` sits in, by clicking its tab; nothing if it is shown. */
async function revealStep(page, id) {
  const tab = await page.evaluate((elementId) => {
    const panel = document.getElementById(elementId)?.closest(".step-tab[hidden]");
    return panel ? `${panel.id}-tab` : null;
  }, id);
  if (tab) await page.locator(`[id="${tab}"]`).click();
}

/** Opens every example's editor, grows each size to its largest, and closes the editor again. */
async function growEveryExample(page) {
  const frames = page.locator("[data-example-frame]");
  const count = await frames.count();
  let grown = 0;
  for (let i = 0; i < count; i++) {
    const frame = frames.nth(i);
    const id = await frame.getAttribute("data-example-frame");
    if (id) await revealStep(page, id);
    const edit = frame.getByRole("button", { name: "Edit numbers", exact: true });
    if ((await edit.count()) === 0) continue;
    await edit.first().click();
    await frame.locator(".example-editor").first().waitFor({ timeout: 10_000 });
    const grow = frame.locator('.example-sizes button[aria-label^="Add one"]:not([disabled])');
    for (let guard = 0; guard < 40 && (await grow.count()) > 0; guard++) await grow.first().click();
    await frame.getByRole("button", { name: "Done editing", exact: true }).first().click();
    grown++;
  }
  return grown;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM_HELP);
  const server = await preview({ preview: { port: PORT, strictPort: true, host: "127.0.0.1" }, logLevel: "silent" });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: "block" });
    const rows = [];
    for (const route of routes().filter((r) => r.includes(ONLY))) {
      const page = await context.newPage();
      try {
        await page.goto(base + route);
        await wakeEverything(page);
        const grown = await growEveryExample(page);
        await page.evaluate(() => document.fonts.ready);
        // Every step of a tabbed walk-through at once, as without JavaScript: all of them are measured.
        await page.evaluate(() => {
          for (const panel of document.querySelectorAll(".step-tab[hidden]")) panel.hidden = false;
        });
        const smallest = await page.evaluate(smallestFigureText);
        const overflow = await page.evaluate(pageOverflow);
        rows.push({ route, grown, smallest, overflow });
      } catch (error) {
        // One page that cannot be measured is reported, and the others still are.
        rows.push({ route, error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
      } finally {
        await page.close();
      }
    }
    const desktop = await browser.newContext({ viewport: DESKTOP, serviceWorkers: "block" });
    const mapPage = await desktop.newPage();
    await mapPage.goto(base + MAP_PAGE);
    await wakeEverything(mapPage);
    // As a reader first sees it: each walk-through on its first step.
    for (const first of await mapPage.locator('[role="tablist"] [role="tab"]:first-child').all()) await first.click();
    const mapHeight = await mapPage.evaluate(() => document.documentElement.scrollHeight);

    console.log(
      `Readability at ${PHONE.width} px (every example at its largest size); budget: text ≥ ${MIN_FIGURE_TEXT_PX} px, overflow 0 px`,
    );
    const width = Math.max(...rows.map((row) => row.route.length));
    for (const { route, grown, smallest, overflow, error } of rows) {
      if (error) {
        console.log(`  ✗ ${route.padEnd(width)}  could not be measured: ${error}`);
        continue;
      }
      const ok = (smallest === null || smallest.px >= MIN_FIGURE_TEXT_PX) && overflow === 0;
      const text = smallest === null ? "—" : `${smallest.px.toFixed(1)} px ("${smallest.text}")`;
      console.log(
        `  ${ok ? "✓" : "✗"} ${route.padEnd(width)}  overflow ${String(overflow).padStart(3)} px  examples grown ${grown}  smallest figure text ${text}`,
      );
    }
    const worst = Math.min(...rows.map((row) => row.smallest?.px ?? Infinity));
    console.log(
      `  smallest anywhere: ${worst.toFixed(1)} px; pages overflowing: ${rows.filter((row) => row.overflow > 0).length} of ${rows.length}` +
        `; not measured: ${rows.filter((row) => row.error).length}`,
    );
    const share = mapHeight / MAP_HEIGHT_BEFORE;
    console.log(
      `${share <= MAP_HEIGHT_BUDGET ? "✓" : "✗"} Height of ${MAP_PAGE} at ${DESKTOP.width} px with JavaScript: ${mapHeight} px, ` +
        `${Math.round(share * 100)} % of the ${MAP_HEIGHT_BEFORE} px before issue 15 (budget ≤ ${MAP_HEIGHT_BUDGET * 100} %)`,
    );
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(done));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
