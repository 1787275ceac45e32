import type { ComponentType } from "react";
import type { Category, Concept } from "../catalog/schema.ts";
import { conceptHref, href } from "../site.ts";
import { RequiredBadge } from "../mdx/RequiredBadge.tsx";
import { mdxComponents } from "../mdx/components.tsx";
import { ContentLink } from "../mdx/ContentLink.tsx";
import { headingComponents, type TocEntry } from "./headings.tsx";
import type { ConceptNeighbours } from "./navigation.ts";
import { ConceptSlug } from "./concept-slug.ts";
import { PipelineStrip } from "../pipeline/PipelineStrip.tsx";
import { showsPipeline } from "../pipeline/pipeline-steps.ts";

interface ConceptPageProps {
  readonly concept: Concept;
  readonly category: Category;
  /** Before this, used by, previous and next: derived from the catalogue (see neighboursOf). */
  readonly neighbours: ConceptNeighbours;
  /** The h2 and h3 headings of the body, in order, with their ids (see collectHeadings). */
  readonly toc: readonly TocEntry[];
  /** The compiled MDX body of the concept. */
  readonly Content: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
}

function ConceptLinks({ concepts, none }: { concepts: readonly Concept[]; none: string }) {
  if (concepts.length === 0) return <span className="related-none">{none}</span>;
  return (
    <ul className="related-list">
      {concepts.map((concept) => (
        <li key={concept.slug}>
          <a href={conceptHref(concept.slug)}>{concept.title}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * One concept: breadcrumb, header from frontmatter, the "Where am I" strip (Foundations and
 * Attention pages), what to read before and what builds on it,
 * the table of contents, the MDX body with anchored headings, then previous / next. The article is
 * what the full-text search indexes (`data-pagefind-body`, see build/search-index.ts), without
 * its navigation (`data-pagefind-ignore`).
 */
export function ConceptPage({ concept, category, neighbours, toc, Content }: ConceptPageProps) {
  const { before, usedBy, previous, next } = neighbours;
  const components = { ...mdxComponents, a: ContentLink, ...headingComponents(toc) } as Record<
    string,
    ComponentType<never>
  >;
  return (
    <article className="concept" data-pagefind-body="">
      <nav aria-label="Breadcrumb" className="breadcrumb" data-pagefind-ignore="">
        <ol>
          <li>
            <a href={href("/")}>All concepts</a>
          </li>
          <li>
            <a href={`${href("/")}#category-${category.id}`}>{category.title}</a>
          </li>
        </ol>
      </nav>
      <header className="concept-header">
        {concept.required ? <RequiredBadge /> : null}
        <h1>{concept.title}</h1>
        <p className="summary">{concept.summary}</p>
        {concept.aliases.length > 0 ? <p className="aliases">Also called: {concept.aliases.join(", ")}</p> : null}
      </header>
      {showsPipeline(category.id) ? <PipelineStrip slug={concept.slug} /> : null}
      <nav aria-label="Related concepts" className="related" data-pagefind-ignore="">
        <div>
          <h2 className="related-title">Before this</h2>
          <ConceptLinks concepts={before} none="Nothing: a starting point." />
        </div>
        <div>
          <h2 className="related-title">Used by</h2>
          <ConceptLinks concepts={usedBy} none="No later concept yet." />
        </div>
      </nav>
      {toc.length > 0 ? (
        <nav aria-labelledby="toc-title" className="toc" data-pagefind-ignore="">
          <h2 id="toc-title" className="toc-title">
            On this page
          </h2>
          <ol>
            {toc.map((entry) => (
              <li key={entry.id} className={entry.level === 3 ? "toc-sub" : undefined}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="prose">
        <ConceptSlug value={concept.slug}>
          <Content components={components} />
        </ConceptSlug>
      </div>
      <nav aria-label="Previous and next concept" className="pager" data-pagefind-ignore="">
        {previous ? (
          <a href={conceptHref(previous.slug)} rel="prev" className="pager-prev">
            <span className="pager-label">Previous</span> {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={conceptHref(next.slug)} rel="next" className="pager-next">
            <span className="pager-label">Next</span> {next.title}
          </a>
        ) : null}
      </nav>
    </article>
  );
}
