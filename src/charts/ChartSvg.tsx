import type { ReactNode } from "react";

interface ChartSvgProps {
  /** The figure's useId(), also the prefix of the ids its markers and gradients use. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** The chart's name, read first by a screen reader. */
  readonly title: string;
  /** The chart in words: what it shows and its numbers, read after the title. */
  readonly description: string;
  readonly children: ReactNode;
}

/**
 * A chart's SVG as one image for assistive technology: its title and description are the text
 * alternative (role="img" with aria-labelledby and aria-describedby), the drawing inside is
 * hidden from it by the chart's own aria-hidden groups.
 */
export function ChartSvg({ id, width, height, title, description, children }: ChartSvgProps) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
