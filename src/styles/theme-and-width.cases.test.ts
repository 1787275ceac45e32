import { readdirSync, readFileSync } from "node:fs";
import postcss, { type AtRule, type Declaration } from "postcss";
import { describe, expect, it } from "vitest";

/**
 * The browser tests run axe once per page and theme, the light scan at one width and the dark
 * scan at the other (tests/site.spec.ts). That is only as good as scanning all four combinations
 * while the themes differ in colours alone and the widths in layout alone. These tests hold the
 * stylesheets to it: a dark block sets colours and nothing else, a width query never sets one.
 */

const STYLES = new URL("./", import.meta.url);
const SHEETS = readdirSync(STYLES)
  .filter((name) => name.endsWith(".css"))
  .sort()
  .map((name) => ({ name, root: postcss.parse(readFileSync(new URL(name, STYLES), "utf8"), { from: name }) }));

/** Properties that only paint: colours, and the custom properties that hold them. */
const PAINT =
  /^(--.*|color|background-color|border(-(top|right|bottom|left))?-color|outline-color|text-decoration-color|fill|stroke|stop-color|caret-color|accent-color|color-scheme)$/;
/** Properties that set a colour (a custom property may hold one, so it counts too). */
const COLOUR =
  /^(--.*|color|background(-color|-image)?|border(-(top|right|bottom|left))?(-color)?|outline(-color)?|box-shadow|text-decoration(-color)?|fill|stroke|stop-color|caret-color|accent-color|color-scheme|opacity|filter)$/;

/** Every declaration inside an @media rule whose condition matches `query`, as "sheet: selector { property }". */
function declarationsUnder(query: RegExp): { where: string; prop: string }[] {
  return SHEETS.flatMap(({ name, root }) => {
    const found: { where: string; prop: string }[] = [];
    root.walkAtRules("media", (media: AtRule) => {
      if (!query.test(media.params)) return;
      media.walkDecls((decl: Declaration) => {
        const selector = decl.parent?.type === "rule" ? (decl.parent as unknown as { selector: string }).selector : "?";
        found.push({ where: `${name}: ${selector} { ${decl.prop}: ${decl.value} }`, prop: decl.prop });
      });
    });
    return found;
  });
}

describe("src/styles", () => {
  it("has stylesheets with dark blocks and width queries to check", () => {
    expect(declarationsUnder(/prefers-color-scheme:\s*dark/).length).toBeGreaterThan(10);
    expect(declarationsUnder(/(max|min)-width/).length).toBeGreaterThan(3);
  });

  it("sets only colours inside @media (prefers-color-scheme: dark)", () => {
    const layout = declarationsUnder(/prefers-color-scheme:\s*dark/).filter(({ prop }) => !PAINT.test(prop));
    expect(
      layout.map(({ where }) => where),
      "non-colour declarations in a dark block",
    ).toEqual([]);
  });

  it("sets no colour inside a width query (max-width / min-width)", () => {
    const colours = declarationsUnder(/(max|min)-width/).filter(({ prop }) => COLOUR.test(prop));
    expect(
      colours.map(({ where }) => where),
      "colour declarations in a width query",
    ).toEqual([]);
  });

  it("names a rule that breaks it", () => {
    const root = postcss.parse("@media (max-width: 30rem) { .x { color: red; padding: 0 } }");
    const found: string[] = [];
    root.walkDecls((decl) => {
      if (COLOUR.test(decl.prop)) found.push(decl.prop);
    });
    expect(found).toEqual(["color"]);
    expect(PAINT.test("padding")).toBe(false);
    expect(PAINT.test("--accent")).toBe(true);
  });
});
