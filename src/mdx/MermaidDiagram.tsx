interface MermaidDiagramProps {
  /** The diagram as inline SVG, rendered at build time. */
  readonly svg: string;
  /** Shown under the diagram; also its accessible name. */
  readonly caption: string;
}

/** A flowchart rendered to SVG at build time; no Mermaid code reaches the browser. */
export function MermaidDiagram({ svg, caption }: MermaidDiagramProps) {
  return (
    <figure className="diagram">
      {/* Focusable so a keyboard can scroll it sideways where it is wider than a phone. */}
      <div
        className="diagram-svg"
        tabIndex={0}
        role="group"
        aria-label={`${caption} (diagram)`}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
