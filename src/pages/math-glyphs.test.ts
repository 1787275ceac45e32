import { describe, expect, it } from "vitest";
import { texToSvg } from "../../build/mathjax.ts";
import { GLYPH_ID_PREFIX, shareMathGlyphs } from "./math-glyphs.ts";

/** Puts every shared outline back where it is used: what a browser draws, as one string. */
function inline(html: string): string {
  const sprite = /^<svg class="mjx-glyphs"[^>]*><defs>(.*?)<\/defs><\/svg>/.exec(html);
  if (!sprite) return html;
  const outlines = new Map(
    [...sprite[1]!.matchAll(/<path id="([^"]*)" d="([^"]*)"><\/path>/g)].map(([, id, d]) => [id!, d!]),
  );
  return html
    .slice(sprite[0].length)
    .replace(/<use data-c="([^"]*)" href="#([^"]*)"><\/use>/g, (_, c: string, id: string) => {
      const d = outlines.get(id);
      if (d === undefined) throw new Error(`#${id} is used but not defined`);
      return `<path data-c="${c}" d="${d}"></path>`;
    });
}

const page = (...formulas: string[]) =>
  `<main><p>Scores ${formulas.map((tex) => texToSvg(tex, { display: false })).join(" and ")}.</p></main>`;

describe("shareMathGlyphs: a page's repeated glyph outlines drawn once", () => {
  it.each([
    ["one formula with repeated letters", ["q_1 \\cdot k_1 + q_2 \\cdot k_2"]],
    ["several formulas sharing glyphs", ["S = QK^\\top", "s_{ij} = S_{ij}/\\sqrt{d_k}", "A = \\mathrm{softmax}(s)"]],
    ["display and inline sizes of the same letters", ["\\sum_j A_{ij} v_j", "\\displaystyle\\sum_j A_{ij} v_j"]],
  ])("%s: the page draws exactly what it drew before", (_, formulas) => {
    const html = page(...formulas);
    const shared = shareMathGlyphs(html);
    expect(inline(shared)).toBe(html);
    expect(shared.length).toBeLessThan(html.length);
  });

  it("defines each outline used more than once a single time, and leaves outlines used once inline", () => {
    const html = page("a + b + a", "c");
    const shared = shareMathGlyphs(html);
    const ids = [...shared.matchAll(/<path id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id!.startsWith(GLYPH_ID_PREFIX))).toBe(true);
    // "a" (twice) and "+" (twice) are shared; "b" and "c" (once each) stay as paths.
    expect(ids).toHaveLength(2);
    expect(shared.match(/<use /g)).toHaveLength(4);
    expect(shared.match(/<path data-c=/g)).toHaveLength(2);
  });

  it("leaves a page without repeated glyphs as it was", () => {
    for (const html of ["<main><p>No formulas here.</p></main>", page("x")]) expect(shareMathGlyphs(html)).toBe(html);
  });
});
