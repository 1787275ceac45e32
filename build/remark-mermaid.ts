/**
 * Remark plugin: every ```` ```mermaid caption="…" ```` code block becomes
 * `<MermaidDiagram svg="…" caption="…" />`, the SVG rendered at build time (or
 * read from the cache; see mermaid.ts). The caption is required: it is the
 * figure's visible caption and, unless the diagram has `accTitle:`, the SVG's
 * accessible name too.
 */
import type { Code, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import type { Parent } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { mermaidCacheKey, mermaidElementId, renderMermaid } from "./mermaid.ts";
import { labelMermaidSvg, renameMermaidId } from "./mermaid-svg.ts";
import { ContentError, locationOf } from "./content-error.ts";

export interface RemarkMermaidOptions {
  /** Folder of cached SVGs (committed), e.g. `build/mermaid-cache`. */
  cacheDir: string;
}

/** `caption="…"` (or single quotes) from the fence's meta string. */
export function captionFromMeta(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)caption=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? "");
  const caption = (match?.[1] ?? match?.[2])?.trim();
  return caption ? caption : undefined;
}

/** The plugin; use as `[remarkMermaid, { cacheDir }]`. Diagrams of a file render one after another. */
export function remarkMermaid(options: RemarkMermaidOptions) {
  return async (tree: Root, file: VFile): Promise<void> => {
    const found: { node: Code; index: number; parent: Parent }[] = [];
    visit(tree, "code", (node, index, parent) => {
      if (node.lang === "mermaid" && parent && index !== undefined) found.push({ node, index, parent });
    });

    const seen = new Map<string, number>();
    for (const { node, index, parent } of found) {
      const where = locationOf(file, node);
      const caption = captionFromMeta(node.meta);
      if (!caption) {
        throw ContentError.at(file, node, 'every diagram needs a caption: add caption="…" after ```mermaid');
      }
      let svg = await renderMermaid(node.value, { cacheDir: options.cacheDir, where });
      // The same diagram twice in a file would repeat its ids; number the copies.
      const id = mermaidElementId(mermaidCacheKey(node.value));
      const copies = (seen.get(id) ?? 0) + 1;
      seen.set(id, copies);
      if (copies > 1) svg = renameMermaidId(svg, id, `${id}-${copies}`);

      const element: MdxJsxFlowElement = {
        type: "mdxJsxFlowElement",
        name: "MermaidDiagram",
        attributes: [
          { type: "mdxJsxAttribute", name: "svg", value: labelMermaidSvg(svg, caption) },
          { type: "mdxJsxAttribute", name: "caption", value: caption },
        ],
        children: [],
        position: node.position,
      };
      parent.children[index] = element;
    }
  };
}
