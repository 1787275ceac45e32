import { idsNamedByUrl } from "../chrome/example-links.ts";

/**
 * The islands a page's address targets, by id, in the order the address names them: an example
 * named by its hash (`#qkv-projection`) or by a query key (`?qkv-projection.x=2,3`), and a "Check
 * yourself" block named by an exercise seed (`?seed.qkv-check-1=42`). These wake at once, so a link
 * restores its numbers and the page scrolls to them as soon as the page has loaded; ids the page
 * has no island for are left out (src/chrome/example-links.ts writes the note about those).
 */
export function targetedIslands(search: string, hash: string, islandIds: readonly string[]): string[] {
  const onPage = new Set(islandIds);
  return idsNamedByUrl(search, hash).filter((id) => onPage.has(id));
}

/**
 * Whether the address `search` holds one of an island's own query keys (`data-wake-params`, e.g.
 * the worksheet's `variants`): such an island wakes at once to read them. Keys are separated by
 * spaces; an empty list matches nothing.
 */
export function carriesParams(search: string, keys: string): boolean {
  const names = keys.split(" ").filter((key) => key !== "");
  if (names.length === 0) return false;
  const params = new URLSearchParams(search);
  return names.some((key) => params.has(key));
}
