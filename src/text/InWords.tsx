import { useState, useSyncExternalStore, type ReactNode } from "react";

interface InWordsProps {
  /** The section's accessible name: "Worked projection example in words". */
  readonly label: string;
  /** The visible title, which opens and closes it: "The example in words". */
  readonly title: ReactNode;
  /** Classes besides "in-words". */
  readonly className?: string;
  readonly children: ReactNode;
}

const noSubscription = () => () => {};

/**
 * An example's text version: every number in words, for screen readers, print and readers
 * without JavaScript. In the HTML it is open; once JavaScript runs it is a closed disclosure
 * (public/theme-init.js closes it before the first paint, and this component keeps it closed
 * after hydration) until the reader opens it. Printing opens every disclosure (src/chrome/print.ts).
 */
export function InWords({ label, title, className, children }: InWordsProps) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [opened, setOpened] = useState(false);
  return (
    <section className={className ? `in-words ${className}` : "in-words"} aria-label={label}>
      <details
        className="in-words-disclosure"
        open={!hydrated || opened}
        onToggle={(event) => setOpened(event.currentTarget.open)}
      >
        <summary className="in-words-title">{title}</summary>
        {children}
      </details>
    </section>
  );
}
