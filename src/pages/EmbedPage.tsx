import type { Concept } from "../catalog/schema.ts";
import { Island } from "../islands/Island.tsx";
import type { IslandRecord } from "../islands/Island.tsx";
import { SITE_NAME, conceptHref } from "../site.ts";

interface EmbedPageProps {
  /** The concept page the example belongs to. */
  readonly concept: Concept;
  /** The example's island as the concept page rendered it (name, id, props and element). */
  readonly example: IslandRecord;
}

/**
 * One worked example alone, for an iframe in slides or a course page (`/embed/<slug>/<id>/`): no
 * site header, navigation, table of contents or footer. Rendered through the same <Island> as on
 * the concept page, so it hydrates and reads its URL parameters identically. Below it, a link
 * opens the full page at the same example in a new tab; src/chrome/example-links.ts keeps its
 * query in step with the example's current numbers.
 */
export function EmbedPage({ concept, example }: EmbedPageProps) {
  const full = `${conceptHref(concept.slug)}#${example.id}`;
  return (
    <main id="main" className="embed">
      {/* Headings for screen readers; the h2 keeps the example's own h3s (KV cache layers) in order. */}
      <h1 className="visually-hidden">{concept.title}</h1>
      <h2 className="visually-hidden">Worked example</h2>
      <Island name={example.name} id={example.id} props={example.props}>
        {example.element}
      </Island>
      <p className="embed-source">
        <a href={full} target="_blank" rel="noopener" data-embed-source="">
          From {concept.title} · {SITE_NAME}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <p className="visually-hidden" role="status" data-copy-status></p>
    </main>
  );
}
