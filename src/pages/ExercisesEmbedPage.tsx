import type { Concept } from "../catalog/schema.ts";
import { CheckYourself } from "../exercises/CheckYourself.tsx";
import type { CheckYourselfProps } from "../exercises/CheckYourself.schema.ts";
import { SITE_NAME, conceptHref } from "../site.ts";

interface ExercisesEmbedPageProps {
  /** The concept page the exercises belong to. */
  readonly concept: Concept;
  /** The props of the page's "Check yourself" island, as the concept page rendered them. */
  readonly exercises: CheckYourselfProps;
}

/**
 * A concept page's "Check yourself" exercises alone, for an iframe in a course page
 * (`/embed/<slug>/exercises/`): the same section as on the page (questions with answers in closed
 * details without JavaScript, the interactive exercises once woken, seeds from the link), without
 * the site frame or the worksheet links. With `?report=1` the exercises tell the host page when
 * one is done (src/exercises/embed/report.ts). Below, a link opens the full page at the section.
 */
export function ExercisesEmbedPage({ concept, exercises }: ExercisesEmbedPageProps) {
  const full = `${conceptHref(concept.slug)}#${exercises.id}`;
  return (
    <main id="main" className="embed embed-exercises">
      <h1 className="visually-hidden">{concept.title}</h1>
      <h2 className="embed-heading">Check yourself: {concept.title}</h2>
      <CheckYourself {...exercises} />
      <p className="embed-source">
        <a href={full} target="_blank" rel="noopener" data-embed-source="">
          From {concept.title} · {SITE_NAME}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
