import { evaluate } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { ContentError } from "./content-error.ts";
import { remarkCheckComponents } from "./remark-check-components.ts";
import { remarkValues } from "./remark-values.ts";
import * as componentRegistry from "../src/mdx/registry.ts";
import { Value } from "../src/values/Value.tsx";
import { AboutAuthored } from "../src/values/AboutAuthored.tsx";

const FILE = "content/x.mdx";
const FRONTMATTER = "---\ntitle: T\nsummary: S.\ncategory: foundations\nrequires: []\norder: 4\n---\n\n";
// The frontmatter takes lines 1–8; the example is on line 9 and a blank line follows: `body` starts on line 11.
const EXAMPLE = '<ProjectionExample id="proj" x={[2, 3]} W={[[1, 10], [0, -1]]} />';

function file(body: string): VFile {
  return new VFile({ path: FILE, value: `${FRONTMATTER}${EXAMPLE}\n\n${body}\n` });
}

const registry = async () => componentRegistry;

/** Compiles with the site's two checks and renders to static HTML (the example itself as nothing). */
async function render(body: string): Promise<string> {
  const { default: Content } = await evaluate(file(body), {
    ...runtime,
    remarkPlugins: [remarkFrontmatter, [remarkCheckComponents, { registry }], [remarkValues, { registry }]],
  });
  return renderToStaticMarkup(
    createElement(Content, { components: { Value, AboutAuthored, ProjectionExample: () => null } }),
  );
}

async function errorOf(body: string): Promise<ContentError> {
  try {
    await render(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  return expect.fail("the MDX compiled; expected a ContentError");
}

describe("remarkValues", () => {
  it("prerenders the authored value as plain text in the sentence", async () => {
    // By hand: y = (2, 3)·W = (2·1 + 3·0, 2·10 + 3·(−1)) = (2, 17).
    const html = await render('So y₁ = <Value of="proj" name="y1" /> and y = <Value of="proj" name="y" />.');
    expect(html).toContain('data-value-of="proj" data-value-name="y1">17</span>');
    expect(html).toContain(">(2, 17)</span>");
    expect(html.replace(/<[^>]+>/g, "").trim()).toBe("So y₁ = 17 and y = (2, 17).");
  });

  it("marks a use of <AboutAuthored> inside a paragraph as inline, with its note hidden", async () => {
    const html = await render('Text <AboutAuthored of="proj">about the page’s numbers</AboutAuthored>.');
    expect(html).toMatch(/<span class="about-authored about-inline" data-about="proj"/);
    expect(html).toMatch(/class="about-note" hidden=""/);
  });

  it.each([
    ["a value the example does not have", '<Value of="proj" name="y2" />', ['has no value "y2"', '"y0"', '"y1"']],
    ["an example that is not on the page", '<Value of="other" name="y1" />', ['Received of="other"', '"proj"']],
    ["<AboutAuthored> about a missing example", '<AboutAuthored of="nope">x</AboutAuthored>', ['"nope"']],
  ])("fails the build at the line of %s", async (_, body, parts) => {
    const error = await errorOf(body);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(11);
    expect(error.message.startsWith(`${FILE}:11: `)).toBe(true);
    for (const part of parts) expect(error.message).toContain(part);
  });
});
