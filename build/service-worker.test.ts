import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { getManifest } from "workbox-build";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_ID, SERVICE_WORKER, serviceWorkerOptions, writeServiceWorker } from "./service-worker.ts";
import { serviceWorkerRegistration } from "../src/chrome/offline.ts";

/** A small built site: what a build writes, and what it writes that must not be precached. */
const FILES = [
  "index.html",
  "404.html",
  "concepts/softmax/index.html",
  "embed/softmax/softmax/index.html",
  "assets/chrome-AbCd1234.js",
  "assets/index-AbCd1234.css",
  "assets/ibm-plex-sans-latin-400-normal-AbCd1234.woff2",
  "assets/ibm-plex-sans-latin-400-normal-AbCd1234.woff",
  "favicon.svg",
  "theme-init.js",
  "manifest.webmanifest",
  "icons/icon-192.png",
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-entry.json",
  "pagefind/wasm.en.pagefind",
  "pagefind/pagefind.en_abc.pf_meta",
  "pagefind/index/en_abc.pf_index",
  "pagefind/fragment/en_abc.pf_fragment",
  "og/softmax.png",
  "robots.txt",
  "sitemap.xml",
];

/** The precache list Workbox makes from the worker's options, as entries `{ url, revision }`. */
async function precacheList(outDir: string) {
  const { globPatterns, globIgnores, dontCacheBustURLsMatching } = serviceWorkerOptions(outDir);
  const { manifestEntries } = await getManifest({
    globDirectory: outDir,
    globPatterns,
    globIgnores,
    dontCacheBustURLsMatching,
  });
  return manifestEntries!.map((entry) => (typeof entry === "string" ? { url: entry, revision: null } : entry));
}

describe("the service worker", () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "service-worker-"));
    for (const file of FILES) {
      await mkdir(dirname(join(outDir, file)), { recursive: true });
      await writeFile(join(outDir, file), `content of ${file}`);
    }
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("precaches every page, embed page, script, style, WOFF2 font, image, the manifest and the search index; not og/, WOFF, robots or sitemap", async () => {
    const urls = (await precacheList(outDir)).map((entry) => entry.url).sort();
    expect(urls).toEqual(FILES.filter((file) => !/^og\/|\.woff$|robots|sitemap/.test(file)).sort());
  });

  it("revisions the files without a hash in their names, and trusts the hashed ones", async () => {
    const revision = new Map((await precacheList(outDir)).map((entry) => [entry.url, entry.revision]));
    for (const url of ["index.html", "theme-init.js", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"])
      expect(revision.get(url)).toMatch(/^[0-9a-f]{32}$/);
    for (const url of ["assets/chrome-AbCd1234.js", "pagefind/fragment/en_abc.pf_fragment"])
      expect(revision.get(url)).toBeNull();
  });

  it("uses relative URLs, so one worker at the base serves any SITE_BASE", async () => {
    for (const entry of await precacheList(outDir)) expect(entry.url).not.toMatch(/^\//);
  });

  it.each([
    ["/", { url: "/sw.js", scope: "/" }],
    ["/attention/", { url: "/attention/sw.js", scope: "/attention/" }],
    ["/attention", { url: "/attention/sw.js", scope: "/attention/" }],
  ])("serviceWorkerRegistration(%j) is %j: the worker at the base controls the whole site", (base, registration) => {
    expect(serviceWorkerRegistration(base)).toEqual(registration);
  });

  it("waits for every tab of the old version to close (no skipWaiting), ignores query strings, and serves /a/ from a/index.html", () => {
    const options = serviceWorkerOptions(outDir);
    expect(options.skipWaiting).toBe(false);
    expect(options.clientsClaim).toBe(true);
    expect(options.directoryIndex).toBe("index.html");
    expect(
      options.ignoreURLParametersMatching!.every((pattern) => pattern.test("qkv-projection.x") && pattern.test("ts")),
    ).toBe(true);
    expect(options.inlineWorkboxRuntime).toBe(true);
  });

  it("writes one self-contained sw.js: Workbox's runtime is inside, nothing is imported", async () => {
    const summary = await writeServiceWorker(outDir);
    expect(summary.count).toBe(FILES.length - 4);
    const worker = await readFile(join(outDir, SERVICE_WORKER), "utf8");
    expect(worker).not.toMatch(/importScripts|\bimport\(/);
    expect(worker).toContain(CACHE_ID);
    expect(worker).toContain("concepts/softmax/index.html");
    // Only on request (a SKIP_WAITING message, which the site never sends), never on its own.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
  }, 120_000);
});
