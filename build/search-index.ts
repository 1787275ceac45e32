import { existsSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { texToSearchText } from "./search-text.ts";

/** Where the index is written below dist/ (and below the site base when served). */
export const SEARCH_INDEX_DIR = "pagefind";

/**
 * Parts of a concept page that are not its text: the example tools (buttons), figures drawn in
 * SVG and the examples' matrices drawn as grids of cells (their numbers are in each example's
 * text version, which is indexed), what is hidden from screen readers too, heading link icons,
 * the live copy of "Check yourself" and the answers in it (a search excerpt must not give an
 * answer away). The breadcrumb, related concepts, table of contents and pager are marked
 * `data-pagefind-ignore` in src/pages/ConceptPage.tsx; the header, footer and other pages are
 * outside `data-pagefind-body`.
 */
export const SEARCH_EXCLUDE_SELECTORS: readonly string[] = [
  "svg",
  ".matrix-frame",
  ".matrix",
  '[aria-hidden="true"]',
  ".heading-link",
  ".example-tools",
  ".ex-details",
  ".check-live",
  "select",
  "button",
];

/** Files Pagefind writes that this site does not use (its ready-made UIs and highlighter). */
const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The HTML Pagefind reads for one page: every typeset formula (MathJax's SVG and hidden MathML,
 * inside an element carrying `data-tex`) is replaced by its TeX as plain text (see
 * texToSearchText), so `d_k` and `√d_k` are found where the page writes them as math.
 */
export function searchableHtml(html: string): string {
  return html.replace(
    /(data-tex="([^"]*)"[^>]*>)\s*<mjx-container\b[\s\S]*?<\/mjx-container>/g,
    (_, opening: string, tex: string) => `${opening}${escapeHtml(texToSearchText(unescapeHtml(tex)))}`,
  );
}

/** The concept pages in a built site, as `{ file, route }` below the base (`/concepts/<slug>/`). */
async function conceptPages(outDir: string): Promise<{ file: string; route: string }[]> {
  const conceptsDir = join(outDir, "concepts");
  if (!existsSync(conceptsDir)) return [];
  const slugs = (await readdir(conceptsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return slugs
    .sort()
    .map((slug) => ({ file: join(conceptsDir, slug, "index.html"), route: `concepts/${slug}/` }))
    .filter((page) => existsSync(page.file));
}

export interface SearchIndexSummary {
  readonly pages: number;
  readonly words: number;
}

/**
 * Builds the full-text search index of every concept page with Pagefind's Node API and writes it
 * to `<outDir>/pagefind/`. Only concept pages are given to it: the index, map, 404 and embed
 * pages hold no text of their own. Result URLs are below the site base (`/concepts/<slug>/`): the
 * dialog gives Pagefind the base (`baseUrl`), so the index is the same for any SITE_BASE. Fails
 * the build on any Pagefind error, naming the page.
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: "en",
    excludeSelectors: [...SEARCH_EXCLUDE_SELECTORS],
  });
  if (!index) throw new Error(`Search index: Pagefind could not start (${errors.join("; ")}).`);
  try {
    let words = 0;
    const pages = await conceptPages(outDir);
    for (const page of pages) {
      const added = await index.addHTMLFile({
        url: `/${page.route}`,
        content: searchableHtml(await readFile(page.file, "utf8")),
      });
      if (added.errors.length > 0) throw new Error(`Search index: ${page.file}: ${added.errors.join("; ")}`);
      words += added.file.uniqueWords;
    }
    const outputPath = join(outDir, SEARCH_INDEX_DIR);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Search index: writing ${outputPath}: ${written.errors.join("; ")}`);
    for (const name of await readdir(outputPath)) if (UNUSED_FILE.test(name)) await rm(join(outputPath, name));
    // Only English is indexed (forceLanguage), so the fallback for pages of unknown language is never loaded.
    await rm(join(outputPath, "wasm.unknown.pagefind"), { force: true });
    return { pages: pages.length, words };
  } finally {
    await pagefind.close();
  }
}
