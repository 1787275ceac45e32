/**
 * Remark plugin: every ```` ```mermaid caption="…" ```` code block becomes
 * `<MermaidDiagram svg="…" caption="…" />`, the SVG rendered at build time (or
 * read from the cache; see mermaid.ts). The caption is required: it is the
 * figure's visible caption and, unless the diagram has `accTitle:`, the SVG's
 * accessible name too. A left-to-right flowchart is also rendered top-to-bottom (`narrowSvg`),
 * with the width from which the wide drawing is shown (`switchAt`, rem, or "never"; see
 * mermaid-variants.ts).
 */
import type { Code, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import type { Parent } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { mermaidCacheKey, mermaidElementId, renderMermaid } from "./mermaid.ts";
import { labelMermaidSvg, renameMermaidId } from "./mermaid-svg.ts";
import { narrowVariantSource, switchWidthRem } from "./mermaid-variants.ts";
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
    /** Renders one diagram; the same diagram twice in a file would repeat its ids, so copies are numbered. */
    const renderNumbered = async (source: string, where: string): Promise<string> => {
      const svg = await renderMermaid(source, { cacheDir: options.cacheDir, where });
      const id = mermaidElementId(mermaidCacheKey(source));
      const copies = (seen.get(id) ?? 0) + 1;
      seen.set(id, copies);
      return copies > 1 ? renameMermaidId(svg, id, `${id}-${copies}`) : svg;
    };
    for (const { node, index, parent } of found) {
      const where = locationOf(file, node);
      const caption = captionFromMeta(node.meta);
      if (!caption) {
        throw ContentError.at(file, node, 'every diagram needs a caption: add caption="…" after ```mermaid');
      }
      const svg = await renderNumbered(node.value, where);
      // A left-to-right flowchart also gets its top-to-bottom drawing, for narrow screens.
      const narrowSource = narrowVariantSource(node.value);
      const narrowSvg = narrowSource === null ? null : await renderNumbered(narrowSource, where);
      const switchAt = narrowSvg === null ? null : switchWidthRem(svg);

      const element: MdxJsxFlowElement = {
        type: "mdxJsxFlowElement",
        name: "MermaidDiagram",
        attributes: [
          { type: "mdxJsxAttribute", name: "svg", value: labelMermaidSvg(svg, caption) },
          { type: "mdxJsxAttribute", name: "caption", value: caption },
          ...(narrowSvg === null
            ? []
            : [
                { type: "mdxJsxAttribute" as const, name: "narrowSvg", value: labelMermaidSvg(narrowSvg, caption) },
                { type: "mdxJsxAttribute" as const, name: "switchAt", value: String(switchAt ?? "never") },
              ]),
        ],
        children: [],
        position: node.position,
      };
      parent.children[index] = element;
    }
  };
}
