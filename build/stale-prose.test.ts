/**
 * Prose quotes an example's numbers only through value references: a number an example offers
 * (its *.values.ts, computed from the authored props) must not be typed into a page's prose, where
 * it would go stale when the learner edits the example. Each page is parsed as the site parses it;
 * text inside <Value>, <AboutAuthored>, examples, exercises, code, formulas and headings is left
 * out, and every other text is searched for the offered values (single digits are too common to
 * tell apart from a general statement). A value quoted as a general fact is listed below.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { importComponentRegistry, type ComponentRegistry } from "./component-registry.ts";
import { attributeValue } from "./remark-check-components.ts";

const root = resolve(import.meta.dirname, "..");

/** Values a page states as general facts, not as the example's numbers: page, then the text. */
const GENERAL: readonly (readonly [string, string])[] = [
  // "negative when they point more than 90° apart" is true of any two vectors.
  ["dot-product.mdx", "90°"],
];

/** Text the reader does not take as the page's own prose about an example. */
const LEFT_OUT = new Set(["code", "inlineCode", "math", "inlineMath", "heading"]);
const REFERENCES = new Set(["Value", "AboutAuthored", "CheckYourself"]);

function isJsx(node: { type: string }): node is MdxJsxFlowElement | MdxJsxTextElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** "file:line: “value” (example.name) in “…”" for each offered value typed into the prose. */
function staleQuotes(file: string, source: string, registry: ComponentRegistry): string[] {
  const { componentSchemas, componentValues } = registry;
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkMath).parse(source) as Root;
  const offered = new Map<string, string>();
  visit(tree, (node) => {
    if (!isJsx(node) || !node.name) return;
    const offer = componentValues[node.name];
    if (!offer) return;
    const props: Record<string, unknown> = {};
    for (const a of node.attributes) if (a.type === "mdxJsxAttribute") props[a.name] = attributeValue(a.value);
    const schema = componentSchemas[node.name] as z.ZodType | null;
    for (const [name, text] of Object.entries(offer((schema ? schema.parse(props) : props) as never))) {
      if (/\d/.test(text) && !/^−?\d$/.test(text)) offered.set(text, `${String(props.id)}.${name}`);
    }
  });
  const general = new Set(GENERAL.filter(([page]) => page === file).map(([, text]) => text));
  const found: string[] = [];
  visit(tree, (node) => {
    if (isJsx(node) && node.name && (REFERENCES.has(node.name) || componentValues[node.name])) return SKIP;
    if (LEFT_OUT.has(node.type)) return SKIP;
    if (node.type !== "text") return;
    for (const [text, name] of offered) {
      if (general.has(text)) continue;
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (new RegExp(`(?<![\\w.,])${escaped}(?!\\w|[.,]\\d)`).test(node.value)) {
        found.push(`${file}:${node.position?.start.line ?? 0}: “${text}” (${name}) in “${node.value.trim()}”`);
      }
    }
  });
  return found;
}

describe("prose quotes an example's numbers only through value references", () => {
  const pages = readdirSync(resolve(root, "content"))
    .filter((name) => name.endsWith(".mdx"))
    .sort();
  const source = (name: string) => readFileSync(resolve(root, "content", name), "utf8");

  it("finds a value typed where a reference was", async () => {
    const registry = await importComponentRegistry(root);
    // The page's sentence with its first reference replaced by the number it stands for.
    const page = source("qkv-projections.mdx").replace(/<Value of="qkv-projection" name="y1" \/>/, "17");
    expect(staleQuotes("qkv-projections.mdx", page, registry)).toEqual([
      // 17 is y₁ of the projection (and q₁ of the Q/K/V example, which offers it too).
      expect.stringMatching(/^qkv-projections\.mdx:5\d: “17” \(qkv-[a-z]+\.[a-z0-9]+\) in “= 17, and/),
    ]);
  });

  it.each(pages)("content/%s", async (name) => {
    const registry = await importComponentRegistry(root);
    expect(staleQuotes(name, source(name), registry), "write <Value of=… name=…> instead").toEqual([]);
  });
});
