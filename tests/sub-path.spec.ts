/**
 * The site served from a sub-path: builds a second copy with SITE_BASE=/attention/ into its own
 * out dir and serves that folder at /attention/ with a plain static file server (what any static
 * host does: a folder's index.html, the file itself, or 404.html with status 404), then checks
 * that links, scripts, styles and images all resolve there.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { basename, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { DIST } from "./helpers/site.ts";

const BASE = "/attention/";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Outside the project, so the copy never ends up in git or next to dist/. */
const OUT = join(tmpdir(), `attention-sub-path-${basename(DIST)}`);
/** Its own port: PORT + 50 (PORT + 1 is often another test run's). */
const PORT = Number(process.env.SUB_PATH_PORT ?? Number(process.env.PORT ?? 4173) + 50);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain",
  ".xml": "application/xml",
};

test.describe.configure({ mode: "serial", timeout: 240_000 });

let server: Server | undefined;

/** A static host: `/attention/x/` → x/index.html, `/attention/a.js` → a.js, anything else → 404.html. */
function staticHost(dir: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", ORIGIN).pathname);
    let file = path.startsWith(BASE) ? normalize(join(dir, path.slice(BASE.length))) : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file !== undefined && file.startsWith(dir) && existsSync(file);
    const served = found ? file! : join(dir, "404.html");
    res.writeHead(found ? 200 : 404, { "Content-Type": TYPES[extname(served)] ?? "application/octet-stream" });
    res.end(readFileSync(served));
  });
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
    cwd: ROOT,
    env: { ...process.env, SITE_BASE: BASE, SITE_OUT_DIR: OUT },
    stdio: "inherit",
  });
  server = staticHost(OUT);
  await new Promise<void>((resolve) => server!.listen(PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

test("every link, script, stylesheet and image of the main pages stays under the base and resolves", async ({
  page,
  request,
}) => {
  const checked = new Set<string>();
  let failed: string[] = [];
  // A request cut short by leaving the previous page (net::ERR_ABORTED) is not a broken URL.
  page.on("requestfailed", (r) => {
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? "")) failed.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  for (const route of [
    "",
    "map/",
    "concepts/qkv-projections/",
    "concepts/self-attention-map/",
    "concepts/inference-misconceptions/",
  ]) {
    failed = [];
    await page.goto(`${ORIGIN}${BASE}${route}`, { waitUntil: "networkidle" });
    expect(failed, `${route}: failed requests`).toEqual([]);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], link[href], script[src], img[src]")]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src")!)
        .filter((url) => !url.startsWith("#") && !/^https?:/.test(url)),
    );
    for (const url of urls) {
      expect(url, `${route}: ${url} is below ${BASE}`).toMatch(new RegExp(`^${BASE}`));
      const target = url.split("#")[0]!;
      if (checked.has(target)) continue;
      checked.add(target);
      expect((await request.get(`${ORIGIN}${target}`)).status(), `${route}: ${target}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(20);
});

test("the theme script, the chrome script and the search work under the base", async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}`);
  await page.getByRole("searchbox", { name: "Search concepts" }).fill("QKV");
  await expect(page.locator("li[data-concept-slug]:visible")).toHaveCount(1);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await page.goto(`${ORIGIN}${BASE}map/`);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  const notFound = await page.goto(`${ORIGIN}${BASE}nothing-here/`);
  expect(notFound?.status()).toBe(404);
  await page.getByRole("link", { name: "all concepts", exact: true }).click();
  expect(new URL(page.url()).pathname).toBe(BASE);
});
