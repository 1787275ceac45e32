import type { Category, Concept } from "../content/schema.ts";
import { conceptHref } from "../site.ts";
import { RequiredBadge } from "../components/RequiredBadge.tsx";

interface IndexPageProps {
  readonly categories: readonly Category[];
  readonly concepts: readonly Concept[];
}

/** "All concepts": every concept grouped by category, in reading order. */
export function IndexPage({ categories, concepts }: IndexPageProps) {
  return (
    <>
      <h1>All concepts</h1>
      <p className="lede">
        Transformer self-attention, one small worked example at a time: every number can be inspected and checked by
        hand.
      </p>
      {categories.map((category) => {
        const members = concepts.filter((concept) => concept.category === category.id);
        if (members.length === 0) return null;
        return (
          <section key={category.id} aria-labelledby={`category-${category.id}`} className="category">
            <h2 id={`category-${category.id}`}>{category.title}</h2>
            <p className="category-summary">{category.summary}</p>
            <ul className="concept-list">
              {members.map((concept) => (
                <li key={concept.slug}>
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
        );
      })}
    </>
  );
}
