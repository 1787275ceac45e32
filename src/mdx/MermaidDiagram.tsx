interface MermaidDiagramProps {
  /** The diagram as inline SVG, rendered at build time. */
  readonly svg: string;
  /** Shown under the diagram; also its accessible name. */
  readonly caption: string;
  /** The same flowchart drawn top to bottom, for narrow screens (build/mermaid-variants.ts). */
  readonly narrowSvg?: string;
  /** The width (rem) from which `svg` is shown instead of `narrowSvg`, or "never". */
  readonly switchAt?: string;
}

/**
 * A flowchart rendered to SVG at build time; no Mermaid code reaches the browser. With a narrow
 * drawing, CSS container queries show the one that fits the column (no JavaScript): the wide one
 * only where its labels stay legible.
 */
export function MermaidDiagram({ svg, caption, narrowSvg, switchAt }: MermaidDiagramProps) {
  const switchClass = narrowSvg === undefined ? "" : ` diagram-switch diagram-switch-${switchAt ?? "never"}`;
  return (
    <figure className={`diagram${switchClass}`}>
      {/* Focusable so a keyboard can scroll it sideways where it is still wider than the screen. */}
      <div className="diagram-svg" tabIndex={0} role="group" aria-label={`${caption} (diagram)`}>
        <div className="diagram-wide" dangerouslySetInnerHTML={{ __html: svg }} />
        {narrowSvg === undefined ? null : (
          <div className="diagram-narrow" dangerouslySetInnerHTML={{ __html: narrowSvg }} />
        )}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
