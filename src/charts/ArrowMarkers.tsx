/**
 * The arrowheads of a plot's vectors, one <marker> per name: id `${id}-${name}` (what a line's
 * markerEnd points at) and class `arrowhead-${name}` (its colour, in the stylesheet).
 */
export function ArrowMarkers({ id, names }: { readonly id: string; readonly names: readonly string[] }) {
  return (
    <defs>
      {names.map((name) => (
        <marker
          key={name}
          id={`${id}-${name}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="4"
          markerHeight="4"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className={`arrowhead-${name}`} />
        </marker>
      ))}
    </defs>
  );
}
