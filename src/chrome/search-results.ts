/**
 * Turns what Pagefind returns for a query into what the search dialog lists: one entry per
 * matching section (page title, section heading, excerpt, link to the heading's anchor), the
 * best sections of each page first. Pure: no DOM, no Pagefind.
 */

/** One section of a page as Pagefind's `result.data()` gives it (`sub_results`). */
export interface PagefindSection {
  readonly url: string;
  readonly title: string;
  /** HTML: text with entities escaped and the matched words in `<mark>`. */
  readonly excerpt: string;
  readonly locations?: readonly number[];
  readonly anchor?: { readonly element?: string; readonly id?: string };
}

/** One matching page as Pagefind's `result.data()` gives it (the fields used here). */
export interface PagefindPage {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
  readonly sub_results?: readonly PagefindSection[];
}

/** One entry of the results list. */
export interface SearchHit {
  /** The concept page's title (its h1). */
  readonly page: string;
  /** The heading of the section the match is in; absent when it is above the first heading. */
  readonly section?: string;
  /** Where the link goes: the section's heading anchor, or the page. */
  readonly url: string;
  /** Pagefind's excerpt (HTML with `<mark>`); shown through excerptParts, never as HTML. */
  readonly excerpt: string;
}

/** How many sections of one page are listed (the ones with the most matches). */
export const SECTIONS_PER_PAGE = 2;

/**
 * shapeResults(pages) → one SearchHit per matching section, pages in Pagefind's order (best
 * first), within a page up to `sectionsPerPage` sections with the most matches, in reading order.
 * A page whose match is only in its title or summary becomes one hit without a section.
 */
export function shapeResults(pages: readonly PagefindPage[], sectionsPerPage = SECTIONS_PER_PAGE): SearchHit[] {
  return pages.flatMap((result) => {
    const page = result.meta.title ?? result.url;
    const sections = (result.sub_results ?? []).map((section, order) => ({
      section,
      order,
      hits: section.locations?.length ?? 0,
    }));
    const best = sections
      .filter((entry) => entry.hits > 0 || sections.length === 1)
      .sort((a, b) => b.hits - a.hits || a.order - b.order)
      .slice(0, sectionsPerPage)
      .sort((a, b) => a.order - b.order);
    if (best.length === 0) return [{ page, url: result.url, excerpt: result.excerpt }];
    return best.map(({ section }) => {
      // The part above the first heading comes back titled with the page title and the page's URL.
      const isTop = !section.url.includes("#") || section.title === page;
      return isTop
        ? { page, url: section.url, excerpt: section.excerpt }
        : { page, section: section.title, url: section.url, excerpt: section.excerpt };
    });
  });
}

/** A run of excerpt text: plain, marked (a match), and/or a subscript (`d_k` → d, then k). */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
  readonly subscript?: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a plain run at subscripts written with an underscore, as the index keeps formulas
 * (`d_k`, `W_Q`, `q_ic`; see build/search-text.ts): `√d_k` → `√d` + subscript `k`. Only a single
 * letter takes a subscript of up to five letters or digits (`d_model`), so `n_kv_heads` stays as it is.
 */
export function subscriptParts(text: string, marked: boolean): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /(?<![\p{L}\p{N}_])(\p{L})_([\p{L}\p{N}]{1,5})(?![\p{L}\p{N}_])/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    parts.push({ text: text.slice(last, start) + match[1]!, marked });
    parts.push({ text: match[2]!, marked, subscript: true });
    last = start + match[0].length;
  }
  parts.push({ text: text.slice(last), marked });
  return parts.filter((part) => part.text !== "");
}

/**
 * excerptParts("a <mark>b</mark>") → [{ text: "a ", marked: false }, { text: "b", marked: true }]:
 * Pagefind's excerpt as runs of text, decoded, for the dialog to build with text nodes and
 * <mark>/<sub> elements, so no page text is ever inserted as HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>|<[^>]*>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true;
    else if (/^<\/mark>$/i.test(token)) marked = false;
    else if (token.startsWith("<")) continue;
    else if (token !== "") parts.push(...subscriptParts(decodeEntities(token), marked));
  }
  return parts;
}

/** The line the live region reads after a search: how many pages match, or that none does. */
export function resultCountLabel(pages: number, query: string): string {
  const quoted = `“${query.trim()}”`;
  if (pages === 0) return `No page mentions ${quoted}.`;
  return `${pages} ${pages === 1 ? "page mentions" : "pages mention"} ${quoted}.`;
}

/** A word as the search compares it: NFKC (so "dₖ" is "dk"), lower case, no underscores, no signs at its ends (√, quotes, stops). */
function comparable(word: string): string {
  return word
    .normalize("NFKC")
    .toLowerCase()
    .replace(/_/g, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * Whether a page's excerpt marks a word that begins as a word of the query does (its first three
 * characters, or all of a shorter query word). Pagefind falls back to ever shorter prefixes when a
 * word matches nothing, so "zebrafinch" would find the logits z; such a page does not mention the
 * query and is not listed.
 */
export function marksQuery(excerpt: string, query: string): boolean {
  const starts = query
    .split(/[\s,]+/)
    .map(comparable)
    .filter(Boolean)
    .map((word) => word.slice(0, 3));
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => comparable(match[1] ?? ""));
  return marked.some((word) => starts.some((start) => word.startsWith(start)));
}
