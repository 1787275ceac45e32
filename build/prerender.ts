import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { applyTemplate, routeToFile, type ServerEntry } from "./template.ts";
import { renderPreviewPng } from "./og-image.ts";
import { SITE_NAME } from "../src/site.ts";

export interface PrerenderedFile {
  readonly route: string;
  readonly file: string;
  readonly bytes: number;
  readonly hasIslands: boolean;
}

export interface PrerenderOptions {
  /**
   * SITE_URL: the origin the site is served from, e.g. `https://example.org` (no path; the
   * sub-path is SITE_BASE). Needed for what must be absolute: og:url, og:image, sitemap.xml.
   */
  readonly siteUrl?: string | undefined;
  /** The site base (`/` or e.g. `/attention/`), as in vite.config.ts. */
  readonly base?: string;
  readonly log?: (message: string) => void;
}

/** The manifest entry of the site-chrome script (src/chrome/main.ts) → its URL below the base. */
async function chromeScriptUrl(outDir: string, base: string): Promise<string | undefined> {
  const manifestFile = join(outDir, ".vite", "manifest.json");
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Record<
    string,
    { file: string; isEntry?: boolean }
  >;
  const entry = manifest["src/chrome/main.ts"];
  return entry ? `${base}${entry.file}` : undefined;
}

/** The body font's WOFF2 files the client build emitted (regular and semibold, Latin). */
async function fontFiles(outDir: string): Promise<string[]> {
  const assets = join(outDir, "assets");
  if (!existsSync(assets)) return [];
  return (await readdir(assets))
    .filter((name) => /^ibm-plex-sans-latin-(400|600)-normal-[\w-]+\.woff2$/.test(name))
    .sort();
}

/**
 * Adds a preload for each font file before the stylesheet, so the text is laid out in its own
 * font from the first paint instead of shifting when the font arrives (a layout shift Lighthouse
 * counts against the page).
 */
export function withFontPreloads(template: string, files: readonly string[], base: string): string {
  if (files.length === 0) return template;
  const links = files
    .map((name) => `<link rel="preload" href="${base}assets/${name}" as="font" type="font/woff2" crossorigin>`)
    .join("\n    ");
  const at = template.indexOf('<link rel="stylesheet"');
  return at === -1
    ? template.replace("</head>", `${links}\n  </head>`)
    : `${template.slice(0, at)}${links}\n    ${template.slice(at)}`;
}

/** Checks SITE_URL: an http(s) origin without path, query or fragment. Returns it without a trailing slash. */
export function parseSiteUrl(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined || siteUrl === "") return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(
      `SITE_URL: received "${siteUrl}". Expected an absolute origin such as https://example.org (put a sub-path in SITE_BASE).`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `SITE_URL: received "${siteUrl}". Expected an http(s) origin without a path, such as https://example.org (put a sub-path in SITE_BASE).`,
    );
  }
  return url.origin;
}

/** sitemap.xml for the given routes (below `base`), absolute with `siteUrl`. */
export function sitemapXml(routes: readonly string[], siteUrl: string, base: string): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const urls = routes.map(
    (route) => `  <url><loc>${escape(`${siteUrl}${base.replace(/\/$/, "")}${route}`)}</loc></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named when its absolute URL is known. */
export function robotsTxt(siteUrl: string | undefined, base: string): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (siteUrl) lines.push(`Sitemap: ${siteUrl}${base}sitemap.xml`);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes every route of the built server entry to its own HTML file in outDir, using the client
 * build's index.html as the template (read once, before the `/` route overwrites it), followed
 * by the embed pages the concept pages name (`/embed/<slug>/<id>/`, not in the sitemap); then the
 * preview image of every concept, sitemap.xml and robots.txt; then removes the server bundle and
 * the build manifest so dist/ holds only what a static host serves.
 */
export async function prerenderSite(
  outDir: string,
  serverEntryFile: string,
  options: PrerenderOptions = {},
): Promise<PrerenderedFile[]> {
  const base = options.base ?? "/";
  const siteUrl = parseSiteUrl(options.siteUrl);
  const template = withFontPreloads(await readFile(join(outDir, "index.html"), "utf8"), await fontFiles(outDir), base);
  const server = (await import(pathToFileURL(serverEntryFile).href)) as ServerEntry;
  const chromeScript = await chromeScriptUrl(outDir, base);
  const written: PrerenderedFile[] = [];
  const routes = server.listRoutes();
  // Each concept page names the embed pages of its examples; they are written after the listed routes.
  const queue = [...routes];
  for (let i = 0; i < queue.length; i++) {
    const route = queue[i]!;
    const page = await server.renderRoute(route, { siteUrl, chromeScript, webApp: true });
    for (const embed of page.embeds ?? []) if (!queue.includes(embed)) queue.push(embed);
    const html = `${applyTemplate(template, page).trimEnd()}\n`;
    const file = join(outDir, routeToFile(route));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    written.push({ route, file, bytes: Buffer.byteLength(html), hasIslands: page.hasIslands });
  }

  for (const card of server.listPreviewCards?.() ?? []) {
    const file = join(outDir, server.previewImagePath!(card.slug));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, renderPreviewPng(card, SITE_NAME));
  }

  // Embed pages are not in the sitemap: they are marked noindex, their canonical is the concept page.
  const pages = routes.filter((route) => !route.endsWith("404.html"));
  if (siteUrl) await writeFile(join(outDir, "sitemap.xml"), sitemapXml(pages, siteUrl, base));
  else
    options.log?.("SITE_URL is not set: no sitemap.xml, canonical links, og:url or og:image. See README, Deploying.");
  await writeFile(join(outDir, "robots.txt"), robotsTxt(siteUrl, base));

  await rm(dirname(serverEntryFile), { recursive: true, force: true });
  await rm(join(outDir, ".vite"), { recursive: true, force: true });
  return written;
}
