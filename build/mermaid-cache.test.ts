/**
 * build/mermaid-cache holds exactly the drawings the pages use: every ```mermaid block of content/
 * (and the narrow drawing of each left-to-right flowchart) has its SVG there, so a build needs no
 * Chromium, and no file is left over from a diagram that was edited or removed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compile } from "@mdx-js/mdx";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { mermaidCacheKey } from "./mermaid.ts";
import { narrowVariantSource } from "./mermaid-variants.ts";

const root = resolve(import.meta.dirname, "..");
const contentDir = resolve(root, "content");
const cacheDir = resolve(root, "build/mermaid-cache");

/** Cache key → where the diagram is ("softmax.mdx", "softmax.mdx, narrow"), as the build parses the pages. */
async function keysInContent(): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const name of readdirSync(contentDir).filter((file) => file.endsWith(".mdx"))) {
    const sources: string[] = [];
    const collect = () => (tree: Root) => {
      visit(tree, "code", (node) => {
        if (node.lang === "mermaid") sources.push(node.value);
      });
    };
    await compile(readFileSync(resolve(contentDir, name), "utf8"), {
      remarkPlugins: [remarkFrontmatter, remarkMath, collect],
    });
    for (const source of sources) {
      keys.set(mermaidCacheKey(source), name);
      const narrow = narrowVariantSource(source);
      if (narrow !== null) keys.set(mermaidCacheKey(narrow), `${name}, narrow`);
    }
  }
  return keys;
}

describe("build/mermaid-cache", () => {
  it("has an SVG for every diagram in content/ and none that no page uses", async () => {
    const used = await keysInContent();
    const cached = readdirSync(cacheDir)
      .filter((file) => file.endsWith(".svg"))
      .map((file) => file.slice(0, -".svg".length));
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter(([key]) => !cached.includes(key)).map(([key, where]) => `${key} (${where})`);
    expect(missing, "diagrams to render once with Chromium (npm run build) and commit").toEqual([]);
    const unused = cached.filter((key) => !used.has(key)).map((key) => `build/mermaid-cache/${key}.svg`);
    expect(unused, "cached drawings no page uses: delete them").toEqual([]);
  });
});
