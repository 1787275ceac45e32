import type { ReactNode } from "react";

interface StepTabsProps {
  /** Names the steps as a whole; the tab list's accessible name once the page has woken. */
  readonly label: string;
  readonly children?: ReactNode;
}

interface StepTabProps {
  /** The step's id: a link to `#id` shows this step. */
  readonly id: string;
  /** The step's title (its heading, and its tab's label). */
  readonly title: string;
  readonly children?: ReactNode;
}

/**
 * A sequence of steps, each with its text and its worked example. The server HTML shows every
 * step one after the other, each under its own heading: so the page reads fully without
 * JavaScript, in print and in search. The site script (src/chrome/step-tabs.ts) then shows one
 * step at a time behind a row of tabs, which keeps a long walk-through to the height of one step.
 */
export function StepTabs({ label, children }: StepTabsProps) {
  return (
    <div className="step-tabs" data-step-tabs={label}>
      {children}
    </div>
  );
}

/** One step of <StepTabs>: a section under a heading that names it. */
export function StepTab({ id, title, children }: StepTabProps) {
  return (
    <section className="step-tab" id={id} aria-labelledby={`${id}-title`} data-step-title={title}>
      <h3 className="step-tab-title" id={`${id}-title`}>
        {title}
      </h3>
      {children}
    </section>
  );
}
