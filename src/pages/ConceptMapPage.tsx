import type { Category, Concept } from "../catalog/schema.ts";
import { conceptHref } from "../site.ts";
import { layoutConceptMap, LINE_HEIGHT, NARROW_MAP, WIDE_MAP, type MapLayout } from "./concept-map-layout.ts";
import { groupByCategory } from "./navigation.ts";

interface ConceptMapPageProps {
  readonly categories: readonly Category[];
  readonly concepts: readonly Concept[];
}

interface MapDrawingProps {
  readonly layout: MapLayout;
  readonly concepts: readonly Concept[];
  /** Which drawing: CSS shows the wide one where it fits, the narrow one on a phone. */
  readonly variant: "wide" | "narrow";
}

/** One drawing of the map: boxes that are links, arrows from a concept to those that build on it. */
function MapDrawing({ layout, concepts, variant }: MapDrawingProps) {
  const bySlug = new Map(concepts.map((concept) => [concept.slug, concept]));
  return (
    <svg
      className={`concept-map-${variant}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-labelledby="concept-map-caption"
    >
      <defs>
        <marker
          id={`map-arrow-${variant}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="map-arrowhead" />
        </marker>
      </defs>
      <g className="map-edges" aria-hidden="true">
        {layout.edges.map((edge) => (
          <path
            key={`${edge.from}-${edge.to}`}
            d={edge.path}
            markerEnd={`url(#map-arrow-${variant})`}
            data-from={edge.from}
            data-to={edge.to}
          />
        ))}
      </g>
      {layout.nodes.map((node) => {
        const concept = bySlug.get(node.slug)!;
        const lines = concept.required ? [...node.lines, "Required"] : node.lines;
        const top = node.y + node.height / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
        return (
          <a
            key={node.slug}
            href={conceptHref(node.slug)}
            className="map-node"
            data-required={concept.required ? "true" : "false"}
            data-slug={node.slug}
          >
            <rect x={node.x} y={node.y} width={node.width} height={node.height} rx="8" />
            {concept.required ? (
              <rect
                className="map-node-inner"
                x={node.x + 4}
                y={node.y + 4}
                width={node.width - 8}
                height={node.height - 8}
                rx="5"
              />
            ) : null}
            <text x={node.x + node.width / 2} textAnchor="middle">
              {lines.map((line, i) => (
                <tspan
                  key={i}
                  x={node.x + node.width / 2}
                  y={top + i * LINE_HEIGHT}
                  dominantBaseline="middle"
                  className={concept.required && i === lines.length - 1 ? "map-required" : undefined}
                >
                  {concept.required && i === lines.length - 1 ? `(${line})` : line}
                </tspan>
              ))}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

/**
 * The `requires` graph of every concept, drawn at build time as an SVG whose boxes are links,
 * followed by the same graph as nested lists. Required concepts have a thick double border and
 * the word "Required" in the box, not only a colour.
 */
export function ConceptMapPage({ categories, concepts }: ConceptMapPageProps) {
  const wide = layoutConceptMap(concepts, WIDE_MAP);
  const narrow = layoutConceptMap(concepts, NARROW_MAP);
  const bySlug = new Map(concepts.map((concept) => [concept.slug, concept]));
  return (
    <>
      <h1>Concept map</h1>
      <p className="lede">
        Each box is a concept; an arrow goes from a concept to the concepts that build on it, so the page reads from top
        to bottom in an order that always has what you need first. Select a box to open the concept.
      </p>
      <figure className="concept-map" aria-labelledby="concept-map-caption">
        <div className="concept-map-scroll">
          <MapDrawing layout={wide} concepts={concepts} variant="wide" />
          <MapDrawing layout={narrow} concepts={concepts} variant="narrow" />
        </div>
        <figcaption id="concept-map-caption">
          How the {concepts.length} concepts build on each other. Boxes with a double border and “(Required)” are
          required concepts. The same map in words follows.
        </figcaption>
      </figure>
      <h2 id="in-words">The map in words</h2>
      <p>Every concept by category, with the concepts it builds on.</p>
      <ul className="map-list">
        {groupByCategory(categories, concepts).map(({ category, concepts: members }) => (
          <li key={category.id}>
            {category.title}
            <ul>
              {members.map((concept) => (
                <li key={concept.slug}>
                  <a href={conceptHref(concept.slug)}>{concept.title}</a>
                  {concept.required ? " (required)" : ""}
                  {concept.requires.length === 0 ? (
                    <span className="map-list-none">: builds on no other concept</span>
                  ) : (
                    <ul aria-label={`${concept.title} builds on`}>
                      {concept.requires.map((slug) => (
                        <li key={slug}>
                          builds on <a href={conceptHref(slug)}>{bySlug.get(slug)?.title ?? slug}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
