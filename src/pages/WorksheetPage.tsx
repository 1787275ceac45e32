import type { Concept } from "../catalog/schema.ts";
import { Island } from "../islands/Island.tsx";
import { conceptHref } from "../site.ts";
import { WorksheetLive, type WorksheetProps } from "../exercises/worksheet/WorksheetLive.tsx";
import { WORKSHEET_PARAMS } from "../exercises/worksheet/variants.ts";

interface WorksheetPageProps {
  readonly concept: Concept;
  readonly props: WorksheetProps;
}

/**
 * A concept page's printable worksheet or its answer key (`/concepts/<slug>/worksheet/`,
 * `…/answers/`): numbered variants of the page's "Check yourself" exercises for a class. The
 * server writes the default variants, so the page reads and prints without JavaScript; the
 * island lets an instructor choose how many and from which code. It wakes at once only for an
 * address that names variants; otherwise when the reader acts on it or scrolls (React and the
 * exercises' code are not fetched for a reader who only prints the default sheet).
 */
export function WorksheetPage({ concept, props }: WorksheetPageProps) {
  const questions = props.mode === "questions";
  return (
    <article className="worksheet">
      <header className="ws-intro">
        <h1>
          {concept.title}: {questions ? "worksheet" : "answer key"}
        </h1>
        <p>
          {questions
            ? "Each variant has the exercises of the page with its own numbers; every sheet says where a learner checks it online."
            : "The answers and their working for the worksheet's variants, computed by the same code that checks answers on the page. Keep it apart from the handout."}{" "}
          Back to <a href={conceptHref(concept.slug)}>{concept.title}</a>.
        </p>
      </header>
      <Island
        name="Worksheet"
        id={`worksheet-${props.mode}`}
        props={props}
        wake={{ params: Object.values(WORKSHEET_PARAMS) }}
      >
        <WorksheetLive {...props} />
      </Island>
    </article>
  );
}
