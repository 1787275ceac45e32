import { conceptHref } from "../site.ts";
import { withSubscripts } from "../notation/subscripts.tsx";
import { PIPELINE_STEPS, pipelinePlace } from "./pipeline-steps.ts";

interface PipelineStripProps {
  /** The concept page showing the strip. */
  readonly slug: string;
}

/**
 * "Where am I": the attention pipeline as an ordered list of links, server-rendered and needing
 * no script. The page's own step carries aria-current="page" and a visible marker (a dot, bold
 * text and a solid frame), so it is not told by colour alone; a page that is a building block
 * marks the step it feeds with a dashed box and says why underneath.
 */
export function PipelineStrip({ slug }: PipelineStripProps) {
  const place = pipelinePlace(slug);
  return (
    <nav aria-label="Where am I in attention" className="pipeline-strip" data-pagefind-ignore="">
      <ol>
        {PIPELINE_STEPS.map((step) => {
          const current = place.current.includes(step.id);
          const near = place.near === step.id;
          const target = `${conceptHref(step.slug)}${step.fragment ? `#${step.fragment}` : ""}`;
          return (
            <li key={step.id} data-step={step.id} data-near={near ? "true" : undefined}>
              <a href={target} aria-current={current ? "page" : undefined}>
                {step.spoken ? (
                  <>
                    <span aria-hidden="true">{withSubscripts(step.label)}</span>
                    <span className="visually-hidden">{step.spoken}</span>
                  </>
                ) : (
                  withSubscripts(step.label)
                )}
              </a>
            </li>
          );
        })}
      </ol>
      {place.note ? <p className="pipeline-note">{place.note}</p> : null}
    </nav>
  );
}
