// Screenshots of built pages in light and dark, at phone and desktop widths, for looking at
// what learners see. Usage: node scripts/screenshots.mjs [outDir] [route …]  (serves dist/,
// or SITE_OUT_DIR; PORT picks the port, 4174 by default).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, MISSING_CHROMIUM_HELP, findChromium } from "../build/find-chromium.mjs";

const [outDir = "/tmp/attention-shots", ...routes] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) {
  console.error(MISSING_CHROMIUM_HELP);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const port = Number(process.env.PORT ?? 4174);
const server = await preview({ preview: { port, strictPort: true, host: "127.0.0.1" }, logLevel: "error" });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const route of routes.length ? routes : ["/", "/concepts/qkv-projections/"]) {
    for (const [width, label] of [
      [360, "phone"],
      [1200, "desktop"],
    ]) {
      for (const colorScheme of ["light", "dark"]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`http://127.0.0.1:${port}${route}`);
        const name = `${route.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "index"}-${label}-${colorScheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.log(join(outDir, name));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
