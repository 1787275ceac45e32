/**
 * Locates a Chromium binary for build-time rendering (Mermaid diagrams) and for
 * browser tests. Plain ESM with JSDoc types so that both Node scripts (which
 * cannot run .ts on Node 20) and TypeScript modules can import it.
 *
 * Order: $CHROME_PATH, Debian/Ubuntu's packaged Chromium, then the browser that
 * `npx playwright install chromium` downloads. Playwright's own download is
 * last because these build machines cannot download it, while apt can.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Launch arguments measured to work with Debian's Chromium in containers
 * (no sandbox, no GPU, no background traffic). Playwright adds its own
 * headless flag; `--headless` here is harmless and keeps the list usable
 * when Chromium is spawned directly.
 * @type {string[]}
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** What to tell someone whose build needs Chromium and has none. */
export const MISSING_CHROMIUM_HELP = [
  "No Chromium was found. Any of these fixes it:",
  "  - set CHROME_PATH to a Chromium or Chrome executable, e.g. CHROME_PATH=/usr/bin/chromium;",
  "  - on Debian/Ubuntu: apt-get install -y chromium  (found automatically at /usr/bin/chromium);",
  "  - where browser downloads are allowed: npx playwright install chromium",
].join("\n");

/**
 * The path of playwright-core's bundled Chromium if it has been downloaded.
 * Loaded with require so that a missing or broken playwright-core never makes
 * this lookup throw.
 * @returns {string | undefined}
 */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    /** @type {{ chromium: { executablePath(): string } }} */
    const pw = require("playwright-core");
    const path = pw.chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the first existing Chromium executable, or undefined if none.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  return playwrightChromium();
}
