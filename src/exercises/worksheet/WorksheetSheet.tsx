import { answerText, Question, Working } from "../CheckYourselfParts.tsx";
import type { SolvedExercise } from "../kinds.ts";
import { WORKSHEET_PARAMS, type WorksheetVariant } from "./variants.ts";

interface WorksheetSheetProps {
  /** The concept page's title, e.g. "Softmax". */
  readonly title: string;
  /** The concept page's address below the site (with the base), e.g. "/concepts/softmax/". */
  readonly pagePath: string;
  readonly variants: readonly WorksheetVariant[];
  /**
   * The site's origin once known in the browser ("" on the server): printed links are then whole.
   * The site script writes it into the server HTML before the worksheet wakes (a sheet printed
   * before then is whole too), hence no hydration warning for it.
   */
  readonly origin: string;
  /** "questions": the learners' handout; "answers": the key, with each answer and its working. */
  readonly mode: "questions" | "answers";
}

/** The letter of option k on a printed sheet: A, B, C … */
export function optionLetter(k: number): string {
  return String.fromCharCode(65 + k);
}

/** The key's answer: as the page states it, with a choice's letter first ("B. They point …"). */
export function keyAnswer(solved: SolvedExercise): string {
  if (solved.answer !== "choice") return answerText(solved);
  const k = solved.options.findIndex((o) => o.correct);
  return `${optionLetter(k)}. ${answerText(solved)}`;
}

/** Where a learner checks variant `code` online: the concept page with those numbers. */
export function variantLink(pagePath: string, code: number): string {
  return `${pagePath}?${WORKSHEET_PARAMS.set}=${code}#check-yourself`;
}

/**
 * A printable handout: one section per variant, each starting on a new sheet of paper, with its
 * code, where to check it online, and every exercise of the page with that variant's numbers. The
 * answer key is the same sections with the answers and their working instead of blank lines.
 */
export function WorksheetSheet({ title, pagePath, origin, variants, mode }: WorksheetSheetProps) {
  return (
    <div className="ws-sheets">
      {variants.map((variant) => (
        <section
          key={variant.code}
          className="ws-variant"
          aria-labelledby={`ws-${mode}-${variant.code}`}
          data-variant={variant.code}
        >
          <header className="ws-variant-head">
            <h2 id={`ws-${mode}-${variant.code}`}>
              {title}: {mode === "answers" ? "answer key for " : ""}variant {variant.code}
            </h2>
            {mode === "questions" ? (
              <p className="ws-check">
                Name: <span className="ws-blank" aria-hidden="true" /> Check your answers online at{" "}
                <code>
                  <span data-site-origin="" suppressHydrationWarning>
                    {origin}
                  </span>
                  {variantLink(pagePath, variant.code)}
                </code>{" "}
                (code {variant.code}).
              </p>
            ) : (
              <p className="ws-check">Learners check this variant with code {variant.code}.</p>
            )}
          </header>
          {variant.exercises.map(({ exerciseId, n, solved }) => (
            <div key={exerciseId} className="ws-exercise" data-exercise={exerciseId}>
              <Question solved={solved} n={n} />
              {solved.answer !== "number" && (
                <ol className="ex-options ws-options" type="A">
                  {solved.options.map((o) => (
                    <li key={typeof o === "string" ? o : o.text}>{typeof o === "string" ? o : o.text}</li>
                  ))}
                </ol>
              )}
              {mode === "questions" ? (
                <p className="ws-answer-line">
                  Answer{solved.answer === "number" && solved.unit ? ` (${solved.unit})` : ""}:{" "}
                  <span className="ws-blank" aria-hidden="true" />
                </p>
              ) : (
                <div className="ws-key">
                  <p>
                    <strong>Answer:</strong> <span className="ws-key-answer">{keyAnswer(solved)}</span>
                  </p>
                  <Working lines={solved.working} />
                </div>
              )}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
