import { useContext } from "react";
import { ConceptSlug } from "../pages/concept-slug.ts";
import { href, worksheetPath } from "../site.ts";
import { Island } from "../islands/Island.tsx";
import { solveExercise, type ExerciseSpec } from "./index.ts";
import { checkYourselfSchema, type CheckYourselfProps } from "./CheckYourself.schema.ts";
import { answerText, Question, Working } from "./CheckYourselfParts.tsx";
import { CheckYourselfLoader } from "./CheckYourselfLoader.tsx";
import { describePropsProblem } from "../mdx/props-problem.ts";

export type { CheckYourselfProps };

/** Without JavaScript (and before hydration): the question, with the answer in a closed <details>. */
function StaticExercise({ spec, n }: { spec: ExerciseSpec; n: number }) {
  const solved = solveExercise(spec);
  return (
    <div className="ex">
      <Question solved={solved} n={n} />
      {solved.answer !== "number" && (
        <ul className="ex-options">
          {solved.options.map((o) => (
            <li key={typeof o === "string" ? o : o.text}>{typeof o === "string" ? o : o.text}</li>
          ))}
        </ul>
      )}
      <details className="ex-details">
        <summary>Answer and working</summary>
        <p>Answer: {answerText(solved)}</p>
        <Working lines={solved.working} />
      </details>
    </div>
  );
}

/**
 * "Check yourself": 1–4 exercises the learner works by hand and the page checks. The server
 * renders every question with its answer and working in a closed <details>, which is what a reader
 * without JavaScript gets; the island beside it loads the interactive exercises (hint, show answer,
 * new numbers with the seed in the URL, progress in localStorage) when the section nears the
 * screen, and then hides the static copy. Its example.ts names this as the view and the loader as
 * the island, because the static copy sits outside the island and costs no JavaScript.
 */
export function CheckYourself(props: CheckYourselfProps) {
  const slug = useContext(ConceptSlug);
  const problem = describePropsProblem("CheckYourself", checkYourselfSchema, props);
  if (problem) throw new Error(problem);
  const parsed = checkYourselfSchema.parse(props);
  const specs = parsed.exercises as readonly ExerciseSpec[];
  return (
    // The whole section is what wakes the island when a reader nears it (src/islands/boot.ts).
    <div className="check-yourself" data-check={parsed.id} data-wake-area="">
      <div data-check-static="">
        {specs.map((spec, k) => (
          <StaticExercise key={k} spec={spec} n={k + 1} />
        ))}
      </div>
      <Island name="CheckYourself" id={parsed.id} props={parsed}>
        <CheckYourselfLoader {...parsed} />
      </Island>
      {slug && (
        <p className="ex-worksheet">
          For a class: <a href={href(worksheetPath(slug, "questions"))}>print a worksheet</a> with different numbers for
          each learner, and <a href={href(worksheetPath(slug, "answers"))}>its answer key</a>.
        </p>
      )}
    </div>
  );
}
