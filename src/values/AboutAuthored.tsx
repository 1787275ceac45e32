import type { ReactNode } from "react";

interface AboutAuthoredProps {
  /** The id of the example on the same page whose authored numbers the text describes. */
  readonly of: string;
  /** True inside a paragraph (inserted by the build for an inline use); a block otherwise. */
  readonly inline?: boolean;
  readonly children?: ReactNode;
}

/** What the note says while the example shows the learner's numbers. */
export const ABOUT_AUTHORED_NOTE = "This describes the page’s own numbers; the example now shows yours.";
/** The note's button, which puts the page's numbers back into the example. */
export const ABOUT_AUTHORED_RESET = "Back to the page’s numbers";

/**
 * Text that describes the example's authored numbers in a way no value reference can follow ("each
 * noun looks at its own determiner"). The server HTML is the text alone; while the example shows
 * the learner's numbers, src/values/publish.ts marks it and shows a note with a button that puts
 * the page's numbers back. The note is not indexed by the site search.
 */
export function AboutAuthored({ of, inline = false, children }: AboutAuthoredProps) {
  if (inline) {
    return (
      <span className="about-authored about-inline" data-about={of} tabIndex={-1}>
        {children}
        <span className="about-note" hidden data-pagefind-ignore="">
          {" "}
          ({ABOUT_AUTHORED_NOTE}{" "}
          <button type="button" className="about-reset" data-about-reset="">
            {ABOUT_AUTHORED_RESET}
          </button>
          )
        </span>
      </span>
    );
  }
  return (
    <div className="about-authored" data-about={of} tabIndex={-1}>
      <p className="about-note" hidden data-pagefind-ignore="">
        {ABOUT_AUTHORED_NOTE}{" "}
        <button type="button" className="about-reset" data-about-reset="">
          {ABOUT_AUTHORED_RESET}
        </button>
      </p>
      {children}
    </div>
  );
}
