/**
 * The concept search shared by the index and the 404 page. Plain substring matching (no regular
 * expressions are built from input), so any character is harmless; very long input is cut.
 */

/** Longer queries are cut to this many characters before matching. */
export const MAX_QUERY_LENGTH = 100;

/** The words of a query: lower-cased, cut to MAX_QUERY_LENGTH, split on spaces and commas. */
export function queryWords(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Whether every word of the query occurs in `searchText` (already lower-case). An empty query matches. */
export function matchesQuery(searchText: string, words: readonly string[]): boolean {
  return words.every((word) => searchText.includes(word));
}

/** "1 concept" / "3 concepts" — the count the live region announces. */
export function countLabel(count: number, total: number): string {
  if (count === total) return `All ${total} concepts shown.`;
  return `${count} of ${total} ${total === 1 ? "concept" : "concepts"} shown.`;
}
