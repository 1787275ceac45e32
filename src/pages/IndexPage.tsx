import type { Category, Concept } from "../catalog/schema.ts";
import { conceptHref, href } from "../site.ts";
import { RequiredBadge } from "../mdx/RequiredBadge.tsx";
import { groupByCategory, searchTextOf } from "./navigation.ts";

interface IndexPageProps {
  readonly categories: readonly Category[];
  readonly concepts: readonly Concept[];
}

/**
 * "All concepts": every concept grouped by category, in reading order. The search box and the
 * required-only filter are hidden until src/chrome/index-search.ts runs; without JavaScript the
 * full list is all there is, and all there needs to be.
 */
export function IndexPage({ categories, concepts }: IndexPageProps) {
  return (
    <>
      <h1>All concepts</h1>
      <p className="lede">
        Transformer self-attention, one small worked example at a time: every number can be inspected and checked by
        hand. The <a href={href("/map/")}>concept map</a> shows which concepts build on which.
      </p>
      <p>
        Every worked example also takes your own numbers (or your own sentence), and gives a link that opens it with
        them, an embed code for slides or a course page, and an SVG or PNG of what you see. Teaching? Collect examples
        from any pages into a <a href={href("/lesson/")}>lesson</a>, with your numbers and notes, in one link for your
        class.
      </p>
      <form className="concept-search" role="search" aria-label="Concepts" data-concept-search hidden>
        <div className="search-field">
          <label htmlFor="concept-query">Search concepts</label>
          <input
            id="concept-query"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="concept-query-hint"
          />
          <p id="concept-query-hint" className="search-hint">
            Matches titles, other names (such as QKV) and summaries.
          </p>
        </div>
        <label className="filter-required">
          <input type="checkbox" data-required-only /> Required concepts only
        </label>
        <p className="search-count" role="status" data-search-count></p>
      </form>
      <div data-progress-controls></div>
      <div className="search-empty" data-search-empty hidden>
        <p>
          No concept matches <strong data-search-echo></strong>. Try a shorter or different word, or{" "}
          <button type="button" className="link-button" data-search-clear>
            show all concepts
          </button>
          .
        </p>
      </div>
      {groupByCategory(categories, concepts).map(({ category, concepts: members }) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="category" data-category>
          <h2 id={`category-${category.id}`}>{category.title}</h2>
          <p className="category-summary">{category.summary}</p>
          <ul className="concept-list">
            {members.map((concept) => (
              <li
                key={concept.slug}
                data-concept-slug={concept.slug}
                data-required={concept.required ? "true" : "false"}
                data-search={searchTextOf(concept)}
              >
                <a href={conceptHref(concept.slug)}>{concept.title}</a>
                {concept.required ? <RequiredBadge /> : null}
                <p>{concept.summary}</p>
                {concept.aliases.length > 0 ? (
                  <p className="aliases">Also called: {concept.aliases.join(", ")}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
