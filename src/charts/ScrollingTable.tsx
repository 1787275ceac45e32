import { useId, type ReactNode } from "react";

interface ScrollingTableProps {
  /** Shown above the table, outside the part that scrolls, and the table's accessible name. */
  readonly caption: ReactNode;
  /** The scrolling region's accessible name (it is focusable, so a keyboard can scroll it). */
  readonly label: string;
  /** The table's class, for its own look. */
  readonly className: string;
  /** The table's thead and tbody. */
  readonly children: ReactNode;
}

/**
 * A table that may be wider than a phone: it scrolls sideways inside its own focusable region
 * (with an edge shadow while there is more to see), while its caption stays above, outside the
 * scrolling part, so it is never cut.
 */
export function ScrollingTable({ caption, label, className, children }: ScrollingTableProps) {
  const captionId = useId();
  return (
    <figure className="table-figure">
      <figcaption id={captionId} className="table-caption">
        {caption}
      </figcaption>
      <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        <table className={className} aria-labelledby={captionId}>
          {children}
        </table>
      </div>
    </figure>
  );
}
