import type { Concept } from "../catalog/schema.ts";
import { conceptHref, href } from "../site.ts";
import { searchTextOf } from "./navigation.ts";

interface NotFoundPageProps {
  /** Every concept, for the search box (src/chrome/not-found-search.ts). */
  readonly concepts: readonly Concept[];
}

/** One concept as the 404 page's search reads it from the embedded JSON. */
export interface SearchEntry {
  readonly title: string;
  readonly href: string;
  readonly search: string;
  readonly required: boolean;
}

/** JSON safe to place inside a <script> element: `<` cannot close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Served for any unknown URL: a link to the index and a search over the same data as the index. */
export function NotFoundPage({ concepts }: NotFoundPageProps) {
  const entries: SearchEntry[] = concepts.map((concept) => ({
    title: concept.title,
    href: conceptHref(concept.slug),
    search: searchTextOf(concept),
    required: concept.required,
  }));
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. The list of <a href={href("/")}>all concepts</a> has every page on the site.
      </p>
      <form className="concept-search" role="search" aria-label="Concepts" data-not-found-search hidden>
        <div className="search-field">
          <label htmlFor="not-found-query">Search concepts</label>
          <input id="not-found-query" type="search" autoComplete="off" spellCheck={false} />
        </div>
        <p className="search-count" role="status" data-search-count></p>
        <ul className="search-results" data-search-results></ul>
      </form>
      <script
        type="application/json"
        id="concept-search-data"
        dangerouslySetInnerHTML={{ __html: scriptJson(entries) }}
      />
    </>
  );
}
