import { join } from "node:path";
import { generateSW, type GenerateSWOptions } from "workbox-build";

/** The worker's file name, at the site base so that its scope is the whole site. */
export const SERVICE_WORKER = "sw.js";

/**
 * What is kept for offline use: every page and embed page (HTML), script, stylesheet, WOFF2
 * font, image, the web app manifest and the search index (Pagefind's script, worker, WebAssembly
 * and index files). Left out: the link-preview images in og/ (only other sites show them), the
 * WOFF fonts (every browser with service workers reads WOFF2, listed first in @font-face),
 * robots.txt and sitemap.xml.
 */
export const PRECACHE_PATTERNS: readonly string[] = ["**/*.{html,js,css,woff2,svg,png,webmanifest}", "pagefind/**/*"];
export const PRECACHE_IGNORES: readonly string[] = ["og/**", SERVICE_WORKER];

/** The site's Workbox cache: `attention-by-hand-precache-v2-<scope>`. */
export const CACHE_ID = "attention-by-hand";

/**
 * The options given to Workbox's generateSW for a site built into `outDir`. Precache URLs are
 * relative to the worker, which lives at the site base, so the same options serve any SITE_BASE.
 *
 * Updates (README, "Offline use"): no `skipWaiting`. A new build's worker installs beside the old
 * one (its files go into the same cache under new revisions) and waits until no tab of the site
 * is open; only then does it take over and drop the entries the new build no longer lists. A page
 * is therefore always served, and lazily loads its examples' code, from the build it came from.
 * `clientsClaim` lets the very first worker take over the page that installed it (there is no
 * older build to mix with), so the first visit is already offline-ready.
 */
export function serviceWorkerOptions(outDir: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: [...PRECACHE_PATTERNS],
    globIgnores: [...PRECACHE_IGNORES],
    swDest: join(outDir, SERVICE_WORKER),
    cacheId: CACHE_ID,
    // One self-contained file: Workbox's runtime is bundled in, nothing is loaded from elsewhere.
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // `/concepts/x/` is served from the cached `concepts/x/index.html`.
    directoryIndex: "index.html",
    // A static host ignores the query string, and so does the cache: example links carry their
    // numbers there (`?qkv-projection.x=2,3`), Pagefind adds `?ts=…` to its entry file.
    ignoreURLParametersMatching: [/.*/],
    // Vite's assets and Pagefind's index chunks have a content hash in their names already.
    dontCacheBustURLsMatching: /^(assets\/|pagefind\/(index|fragment)\/)/,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  };
}

export interface ServiceWorkerSummary {
  /** How many files are precached, and their total size in bytes. */
  readonly count: number;
  readonly size: number;
}

/** Writes `<outDir>/sw.js`: a Workbox service worker that precaches the built site. Call it last. */
export async function writeServiceWorker(outDir: string): Promise<ServiceWorkerSummary> {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir));
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join("; ")}`);
  return { count, size };
}
