import { renderToString } from "react-dom/server";
import { islandIdPrefix } from "./prefix.ts";
import type { IslandRecord } from "./Island.tsx";

/** Replaces each island placeholder in a rendered page with the island's own server HTML. */
export function renderIslands(pageHtml: string, islands: readonly IslandRecord[]): string {
  let html = pageHtml;
  for (const { id, element } of islands) {
    const marker = `<!--island:${id}-->`;
    if (!html.includes(marker)) throw new Error(`Island "${id}" has no placeholder in the page.`);
    html = html.replace(marker, () => renderToString(element, { identifierPrefix: islandIdPrefix(id) }));
  }
  return html;
}
