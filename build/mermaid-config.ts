/**
 * The one Mermaid configuration used for every diagram, and the version string
 * that goes into each diagram's cache key. Kept apart from the browser code so
 * that computing a cache key never loads playwright.
 */

/**
 * Passed to `mermaid.initialize` in the page.
 * - `securityLevel: 'strict'`: labels are sanitised, no click handlers.
 * - `htmlLabels: false`: labels are SVG `<text>`, not `<foreignObject>` HTML, so they
 *   can be coloured by CSS `fill` and survive being inlined anywhere.
 * - `layout: 'dagre'`: Mermaid 12 defaults to ELK, a large chunk we do not need.
 * - `fontFamily`: the font the site ships; label boxes are measured with it at
 *   build time (the page loads the same woff2), so labels do not clip.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: "strict",
  theme: "neutral",
  look: "classic",
  layout: "dagre",
  fontFamily: '"IBM Plex Sans", sans-serif',
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true },
  logLevel: "fatal",
} as const;

/**
 * Bump the leading number when the post-processing in mermaid-svg.ts or the
 * page setup (fonts) changes; config changes alter the string by themselves.
 */
export const RENDER_CONFIG_VERSION = `1:${JSON.stringify(MERMAID_CONFIG)}`;

/** Where the build keeps its shared Mermaid browser (see mermaid-browser.ts); a global symbol. */
export const MERMAID_RENDERER_KEY = Symbol.for("attention-by-hand.mermaid-renderer");

/** Whether any copy of the renderer module has a browser open (or opening). */
export function mermaidBrowserOpen(): boolean {
  const state = (globalThis as Record<symbol, { session?: unknown } | undefined>)[MERMAID_RENDERER_KEY];
  return Boolean(state?.session);
}
