/**
 * Formulas are drawn at build time (build/mathjax.ts) with MathJax's font cache off, so each glyph
 * is its own `<path data-c="…" d="…">` and a page repeats the same outlines many times (the
 * FlashAttention page drew 341 glyphs from 51 outlines: 30 KB of its 49 KB gzipped HTML).
 *
 * `shareMathGlyphs` gives a page one hidden SVG holding each outline drawn more than once, and
 * turns every drawing of it into a `<use href="#…">` of that outline, which inherits the
 * formula's `currentColor` as the path did. Ids are numbered per page from one prefix, so formulas
 * rendered separately never collide (the reason the cache is off). It runs on the page before
 * the islands' HTML is put in: React hydrates islands exactly as they were rendered.
 */

/** One glyph outline as MathJax writes it with the font cache off. */
const GLYPH = /<path data-c="([^"]*)" d="([^"]*)"><\/path>/g;

/** The prefix of every shared outline's id. */
export const GLYPH_ID_PREFIX = "mjx-glyph-";

export function shareMathGlyphs(html: string): string {
  const uses = new Map<string, number>();
  for (const [, , d] of html.matchAll(GLYPH)) uses.set(d!, (uses.get(d!) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const [d, count] of uses) if (count > 1) ids.set(d, `${GLYPH_ID_PREFIX}${ids.size + 1}`);
  if (ids.size === 0) return html;
  const shared = html.replace(GLYPH, (path, c: string, d: string) => {
    const id = ids.get(d);
    return id ? `<use data-c="${c}" href="#${id}"></use>` : path;
  });
  const outlines = [...ids].map(([d, id]) => `<path id="${id}" d="${d}"></path>`).join("");
  // Out of the flow and out of the accessibility tree; not display:none, which some browsers
  // apply to what <use> draws from it.
  const sprite = `<svg class="mjx-glyphs" aria-hidden="true" focusable="false" width="0" height="0" style="position:absolute;overflow:hidden"><defs>${outlines}</defs></svg>`;
  return sprite + shared;
}
