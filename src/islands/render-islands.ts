import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { islandIdPrefix } from "./prefix.ts";
import { IslandBoundary } from "./IslandBoundary.tsx";
import type { IslandRecord } from "./Island.tsx";

/**
 * Replaces each island placeholder in a rendered page with the island's own server HTML. The
 * island is wrapped in the same IslandBoundary as in the browser (see hydrate.ts), so both sides
 * render the same tree.
 */
export function renderIslands(pageHtml: string, islands: readonly IslandRecord[]): string {
  let html = pageHtml;
  for (const { id, element } of islands) {
    const marker = `<!--island:${id}-->`;
    if (!html.includes(marker)) throw new Error(`Island "${id}" has no placeholder in the page.`);
    const tree = createElement(IslandBoundary, { id, children: element });
    html = html.replace(marker, () => renderToString(tree, { identifierPrefix: islandIdPrefix(id) }));
  }
  return html;
}
