// Runs the Playwright browser tests against the built site (dist/), after making sure a
// Chromium is available: CHROME_PATH, Debian's /usr/bin/chromium, or Playwright's own download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium, MISSING_CHROMIUM_HELP } from "../build/find-chromium.mjs";

const outDir = process.env.SITE_OUT_DIR ?? "dist";
if (!existsSync(`${outDir}/index.html`)) {
  console.error(`${outDir}/ is missing: run "npm run build" first (npm test does it for you).`);
  process.exit(1);
}

let chromium = findChromium();
if (!chromium) {
  console.log("No Chromium found; trying `npx playwright install chromium` …");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  chromium = findChromium();
}
if (!chromium) {
  console.error(MISSING_CHROMIUM_HELP);
  process.exit(1);
}

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
