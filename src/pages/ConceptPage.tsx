import type { ComponentType } from "react";
import type { Category, Concept } from "../content/schema.ts";
import { href } from "../site.ts";
import { RequiredBadge } from "../components/RequiredBadge.tsx";
import { mdxComponents } from "../components/mdx-components.tsx";

interface ConceptPageProps {
  readonly concept: Concept;
  readonly category: Category;
  /** The compiled MDX body of the concept. */
  readonly Content: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
}

/** One concept: its header from frontmatter, then the MDX body with the shared components. */
export function ConceptPage({ concept, category, Content }: ConceptPageProps) {
  return (
    <article className="concept">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href("/")}>All concepts</a>
      </nav>
      <header className="concept-header">
        {concept.required ? <RequiredBadge /> : null}
        <h1>{concept.title}</h1>
        <p className="summary">{concept.summary}</p>
        <p className="concept-meta">
          {concept.aliases.length > 0 ? (
            <span className="aliases">Also called: {concept.aliases.join(", ")}</span>
          ) : null}
          <span className="badge badge-category">{category.title}</span>
        </p>
      </header>
      <div className="prose">
        <Content components={mdxComponents} />
      </div>
    </article>
  );
}
