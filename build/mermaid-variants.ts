/**
 * Phone variants of flowcharts. A left-to-right flowchart is drawn wider than a phone; shrunk to
 * fit, its labels fall to 6–8 px. So every left-to-right (or right-to-left) flowchart is also
 * rendered top-to-bottom at build time, and CSS shows the one that fits (see MermaidDiagram and
 * `.diagram-switch-*` in src/styles/diagram.css): the wide drawing only where its labels stay at
 * least MIN_LABEL_PX tall.
 */

/** The smallest label height (CSS px) a flowchart may be drawn at; labels are drawn at 16 px. */
export const MIN_LABEL_PX = 11;
const LABEL_PX = 16;

/** Widths (rem) at which a diagram may switch to its wide drawing; CSS has one container query each. */
export const SWITCH_WIDTHS_REM = [30, 40, 50, 60, 70] as const;

/**
 * The top-to-bottom source of a left-to-right (or right-to-left) flowchart, or null when the
 * diagram is not one (already top-to-bottom, or another kind of diagram).
 */
export function narrowVariantSource(source: string): string | null {
  const header = /^(\s*(?:flowchart|graph)\s+)(LR|RL)\b/;
  if (!header.test(source)) return null;
  return `${NARROW_DIRECTIVE}\n${source.replace(header, "$1TB")}`;
}

/** Closer nodes and less padding in the narrow drawing, so side-by-side boxes fit a phone. */
const NARROW_DIRECTIVE = '%%{init: {"flowchart": {"nodeSpacing": 14, "rankSpacing": 34, "padding": 6}}}%%';

/** The width (px) an SVG is drawn at when not scaled: its viewBox width. */
export function naturalWidth(svg: string): number | null {
  const viewBox = /^<svg\b[^>]*\sviewBox="[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+[\d.]+"/.exec(svg);
  return viewBox ? Number(viewBox[1]) : null;
}

/**
 * The smallest of SWITCH_WIDTHS_REM (16 px each) at which the wide drawing's labels stay at
 * MIN_LABEL_PX or more, or null when even the largest is too narrow (the narrow drawing is then
 * always shown).
 */
export function switchWidthRem(wideSvg: string): number | null {
  const width = naturalWidth(wideSvg);
  if (width === null) return null;
  const needed = (width * MIN_LABEL_PX) / LABEL_PX / 16;
  return SWITCH_WIDTHS_REM.find((rem) => rem >= needed) ?? null;
}
