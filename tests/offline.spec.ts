/**
 * Offline use: the service worker (build/service-worker.ts) precaches the whole built site, so
 * after one visit every page, example, embed page, font and the search work without a network;
 * a new build replaces the cache only once no tab of the old one is open. The other browser
 * tests block service workers (playwright.config.ts); these allow them.
 */
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, unlinkSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { getManifest } from "workbox-build";
import { serviceWorkerOptions, writeServiceWorker } from "../build/service-worker.ts";
import { watchConsole } from "./helpers/console.ts";
import { watchCsp } from "./helpers/csp.ts";
import { DIST, wakeAllIslands } from "./helpers/site.ts";
import { startStaticHost, type StaticHost } from "./helpers/static-host.ts";

test.use({ serviceWorkers: "allow" });

/** Waits until the page is controlled by the site's service worker, with everything precached. */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Output y₁ of the Q, K, V example (x = (2, 3) → 17, or as the link sets x). */
const output = (page: Page, name: string) =>
  page
    .getByRole("group", { name: "Worked projection example", exact: true })
    .getByRole("group", { name: "Projected vector y: inspect a component", exact: true })
    .getByRole("button", { name, exact: true });
const expansion = (page: Page) =>
  page.getByRole("group", { name: "Worked projection example", exact: true }).locator(".readout .expansion");

/** Opens the search with "/", types `query` and waits for the count. */
async function search(page: Page, query: string) {
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog", { name: "Search the site" });
  await dialog.getByRole("searchbox").fill(query);
  await expect(dialog.getByRole("status")).toHaveText(/mentions? “/, { timeout: 10_000 });
  return dialog.getByRole("list", { name: "Results" }).getByRole("link");
}

test.describe("after one visit, offline", () => {
  test("another concept page reads and its example inspects, an embed page hydrates, fonts and search work", async ({
    page,
    context,
  }) => {
    const console = watchConsole(page);
    const cspViolations = await watchCsp(page);
    await page.goto("/");
    await untilControlled(page);
    await context.setOffline(true);

    const concept = await page.goto("/concepts/qkv-projections/");
    expect(concept?.fromServiceWorker(), "the concept page comes from the service worker").toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Q, K, and V Projections");
    await wakeAllIslands(page);
    await output(page, "y₁ = 17").hover();
    await expect(expansion(page)).toHaveText("y₁ = 2·10 + 3·(−1) = 17");
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((font) => font.status === "loaded")
        .map((font) => `${font.family} ${font.weight}`);
    });
    expect(fonts).toContain("IBM Plex Sans 400");

    const embed = await page.goto("/embed/qkv-projections/qkv-projection/?qkv-projection.x=1,1&theme=dark");
    expect(embed?.fromServiceWorker(), "the embed page comes from the service worker").toBe(true);
    await wakeAllIslands(page);
    await output(page, "y₁ = 9").hover();
    await expect(expansion(page)).toHaveText("y₁ = 1·10 + 1·(−1) = 9");

    await page.goto("/concepts/kv-cache/");
    const hits = await search(page, "65,504");
    await expect(hits.first()).toContainText("Softmax");
    await hits.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Softmax");

    expect(await cspViolations()).toEqual([]);
    console.expectNone("offline");
  });

  test("a page the site does not have still fails offline as it would online (nothing is made up)", async ({
    page,
    context,
  }) => {
    await page.goto("/concepts/softmax/");
    await untilControlled(page);
    await context.setOffline(true);
    await expect(page.goto("/robots.txt")).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});

test.describe("from a sub-path, and when a new build replaces the old one", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  const BASE = "/attention/";
  const ROOT = fileURLToPath(new URL("..", import.meta.url));
  /** A build with SITE_BASE, outside the project; WORK is the copy the "new build" changes. */
  const BUILT = join(tmpdir(), `attention-offline-${basename(DIST)}`);
  const WORK = `${BUILT}-served`;
  let host: StaticHost;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
      cwd: ROOT,
      env: { ...process.env, SITE_BASE: BASE, SITE_OUT_DIR: BUILT, SITE_URL: "" },
      stdio: "inherit",
    });
    rmSync(WORK, { recursive: true, force: true });
    cpSync(BUILT, WORK, { recursive: true });
    host = await startStaticHost(WORK, BASE);
  });

  test.afterAll(async () => {
    await host?.close();
    rmSync(WORK, { recursive: true, force: true });
    rmSync(BUILT, { recursive: true, force: true });
  });

  test("the worker at the base controls the site below it, and the manifest starts the app there", async ({
    page,
    context,
  }) => {
    await page.goto(`${host.origin}${BASE}concepts/softmax/`);
    await untilControlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${host.origin}${BASE}`);
    const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
    expect(manifestUrl).toBe(`${host.origin}${BASE}manifest.webmanifest`);
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string }[];
    };
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);
    expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE);
    expect(manifest.display).toBe("standalone");
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()["content-type"], icon.src).toBe("image/png");
    }

    await context.setOffline(true);
    await page.goto(`${host.origin}${BASE}concepts/kv-cache/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The KV Cache");
    const hits = await search(page, "65,504");
    await expect(hits.first()).toHaveAttribute(
      "href",
      `${BASE}concepts/softmax/#subtract-the-rows-largest-score-first`,
    );
  });

  test("a new build waits until no tab shows the old one, then replaces the whole cache", async ({ page, context }) => {
    const qkv = `${host.origin}${BASE}concepts/qkv-projections/`;
    await page.goto(qkv);
    await untilControlled(page);

    // The new build: a page's text changes, a script and an embed page are gone, a page is new.
    const editor = readdirSync(join(WORK, "assets")).find((name) => /^ExampleEditor-.+\.js$/.test(name))!;
    expect(editor, "the editor's lazily loaded script").toBeDefined();
    const qkvFile = join(WORK, "concepts", "qkv-projections", "index.html");
    writeFileSync(
      qkvFile,
      readFileSync(qkvFile, "utf8").replace(
        "<h1>Q, K, and V Projections</h1>",
        "<h1>Q, K, and V Projections, rebuilt</h1>",
      ),
    );
    unlinkSync(join(WORK, "assets", editor));
    rmSync(join(WORK, "embed", "qkv-projections"), { recursive: true });
    cpSync(join(WORK, "concepts", "dot-product"), join(WORK, "concepts", "new-concept"), { recursive: true });
    await writeServiceWorker(WORK);
    const { globPatterns, globIgnores, dontCacheBustURLsMatching } = serviceWorkerOptions(WORK);
    const { manifestEntries } = await getManifest({
      globDirectory: WORK,
      globPatterns,
      globIgnores,
      dontCacheBustURLsMatching,
    });
    const expected = manifestEntries!
      .map((entry) =>
        typeof entry === "string" || !entry.revision
          ? `${host.origin}${BASE}${typeof entry === "string" ? entry : entry.url}`
          : `${host.origin}${BASE}${entry.url}?__WB_REVISION__=${entry.revision}`,
      )
      .sort();

    // The open tab finds the new worker, which installs and waits.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      await new Promise<void>((resolve) => {
        const check = () => (registration.waiting ? resolve() : setTimeout(check, 50));
        check();
      });
    });
    // Meanwhile the tab stays on the old build throughout: a reload is the old page, and code it
    // loads only now (the editor, which the new build no longer has) comes from the old cache.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Q, K, and V Projections");
    await wakeAllIslands(page);
    const frame = page.locator('[data-example-frame="qkv-projection"]');
    await frame.getByRole("button", { name: "Edit numbers", exact: true }).click();
    await expect(frame.locator(".example-editor")).toBeVisible();

    // Once no tab shows the old build, the new worker takes over and the cache holds only the new build.
    await page.close();
    const next = await context.newPage();
    await expect(async () => {
      await next.goto(qkv);
      await expect(next.getByRole("heading", { level: 1 })).toHaveText("Q, K, and V Projections, rebuilt", {
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000 });
    await untilControlled(next);
    const cached = await next.evaluate(async () => {
      const names = await caches.keys();
      const entries = await Promise.all(
        names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)),
      );
      return { names, urls: entries.flat().sort() };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.names[0]).toContain("attention-by-hand-precache");
    expect(cached.urls).toEqual(expected);
    expect(cached.urls.some((url) => url.includes(editor))).toBe(false);
    expect(cached.urls).toContain(
      `${host.origin}${BASE}assets/${readdirSync(join(WORK, "assets")).find((name) => name.startsWith("chrome-"))}`,
    );
  });
});
