/**
 * A layered drawing of the `requires` graph, computed at build time: each concept sits one layer
 * below the deepest concept it requires, so every arrow points down the page.
 */

/** The part of a concept the map needs. */
export interface MapConcept {
  readonly slug: string;
  readonly title: string;
  readonly requires: readonly string[];
  /** A required concept's box has one more line, "(Required)". */
  readonly required?: boolean;
}

export interface MapNode {
  readonly slug: string;
  /** 0 for concepts that require nothing; otherwise 1 + the deepest layer among its requires. */
  readonly layer: number;
  /** The row it is drawn in: its layer, or a later row when a layer wraps (maxColumns). */
  readonly row: number;
  /** Top-left corner and size, in SVG user units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The title broken into lines that fit the box. */
  readonly lines: readonly string[];
}

export interface MapEdge {
  /** The required concept (the arrow starts here) … */
  readonly from: string;
  /** … and the concept that requires it (the arrow ends here). */
  readonly to: string;
  /** SVG path data from the bottom of `from` to the top of `to`. */
  readonly path: string;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

export const NODE_WIDTH = 196;
export const NODE_HEIGHT = 66;
const GAP_Y = 46;
const MARGIN = 12;
const CHARS_PER_LINE = 22;
/** Distance between the baselines of a box's lines (ConceptMapPage draws them). */
export const LINE_HEIGHT = 18;
/** Room above the first line and below the last inside a box, together. */
const BOX_PADDING = 14;

/** The horizontal sizes of a drawing of the map, in SVG user units. */
export interface MapSizes {
  readonly nodeWidth: number;
  /** Room for four lines of 18 units (a title of three lines and "(Required)"), or three. */
  readonly nodeHeight: number;
  /** Between two boxes of a layer. */
  readonly gapX: number;
  /** Room on each side for arrows that go round the boxes of the layers they skip. */
  readonly laneRoom: number;
  /** Characters of a title per line in a box. */
  readonly charsPerLine: number;
  /** Most boxes side by side; a layer with more wraps onto further rows (a phone's two). */
  readonly maxColumns?: number;
}

/** The map on a wide screen. */
export const WIDE_MAP: MapSizes = {
  nodeWidth: NODE_WIDTH,
  nodeHeight: NODE_HEIGHT,
  gapX: 28,
  laneRoom: 36,
  charsPerLine: CHARS_PER_LINE,
};

/**
 * The map on a phone: narrower boxes (titles wrap sooner), closer together, so two boxes side by
 * side fit a 320 px column with their labels at 11 px or more.
 */
export const NARROW_MAP: MapSizes = {
  nodeWidth: 136,
  nodeHeight: 82,
  gapX: 12,
  laneRoom: 22,
  charsPerLine: 15,
  maxColumns: 2,
};

/** Greedy word wrap into lines of at most `width` characters (a longer word gets its own line). */
export function wrapWords(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Lays out `concepts` (given in reading order; `requires` must be acyclic, as the catalogue
 * guarantees) in layers. Within a layer, concepts are ordered by the mean position of what they
 * require (fewer crossings), then by reading order; each layer is centred.
 */
export function layoutConceptMap(concepts: readonly MapConcept[], sizes: MapSizes = WIDE_MAP): MapLayout {
  const { nodeWidth: NODE_WIDTH, gapX: GAP_X, laneRoom: LANE_ROOM, charsPerLine } = sizes;
  // Every box as tall as the sizes say, or taller if a title wraps onto more lines than that holds.
  const mostLines = Math.max(
    0,
    ...concepts.map((concept) => wrapWords(concept.title, charsPerLine).length + (concept.required ? 1 : 0)),
  );
  const NODE_HEIGHT = Math.max(sizes.nodeHeight, mostLines * LINE_HEIGHT + BOX_PADDING);
  const maxColumns = sizes.maxColumns ?? Number.POSITIVE_INFINITY;
  const bySlug = new Map(concepts.map((concept) => [concept.slug, concept]));
  const layerOf = new Map<string, number>();
  const depth = (slug: string): number => {
    const known = layerOf.get(slug);
    if (known !== undefined) return known;
    const requires = (bySlug.get(slug)?.requires ?? []).filter((required) => bySlug.has(required));
    const layer = requires.length === 0 ? 0 : 1 + Math.max(...requires.map(depth));
    layerOf.set(slug, layer);
    return layer;
  };
  concepts.forEach((concept) => depth(concept.slug));

  const layerCount = concepts.length === 0 ? 0 : Math.max(...layerOf.values()) + 1;
  const columnOf = new Map<string, number>();
  const rowOf = new Map<string, number>();
  const layers: string[][] = [];
  for (let layer = 0; layer < layerCount; layer++) {
    const members = concepts.filter((concept) => layerOf.get(concept.slug) === layer);
    const readingIndex = (slug: string) => concepts.findIndex((concept) => concept.slug === slug);
    const weight = (concept: MapConcept) => {
      const placed = concept.requires.flatMap((slug) => columnOf.get(slug) ?? []);
      return placed.length === 0 ? Number.POSITIVE_INFINITY : placed.reduce((a, b) => a + b, 0) / placed.length;
    };
    members.sort((a, b) => weight(a) - weight(b) || readingIndex(a.slug) - readingIndex(b.slug));
    // Centred columns: a row of n nodes occupies columns offset so rows line up around 0; a
    // layer wider than maxColumns wraps onto further rows.
    for (let start = 0; start < members.length; start += maxColumns) {
      const row = members.slice(start, start + maxColumns);
      row.forEach((concept, i) => {
        columnOf.set(concept.slug, i - (row.length - 1) / 2);
        rowOf.set(concept.slug, layers.length);
      });
      layers.push(row.map((concept) => concept.slug));
    }
  }

  const rowCount = layers.length;
  const widest = Math.max(1, ...layers.map((layer) => layer.length));
  const width = MARGIN * 2 + LANE_ROOM * 2 + widest * NODE_WIDTH + (widest - 1) * GAP_X;
  const height = rowCount === 0 ? MARGIN * 2 : MARGIN * 2 + rowCount * NODE_HEIGHT + (rowCount - 1) * GAP_Y;
  const centre = width / 2;

  const nodes: MapNode[] = concepts.map((concept) => {
    const layer = layerOf.get(concept.slug)!;
    const row = rowOf.get(concept.slug)!;
    const column = columnOf.get(concept.slug)!;
    return {
      slug: concept.slug,
      layer,
      row,
      x: centre + column * (NODE_WIDTH + GAP_X) - NODE_WIDTH / 2,
      y: MARGIN + row * (NODE_HEIGHT + GAP_Y),
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      lines: wrapWords(concept.title, charsPerLine),
    };
  });
  const nodeBySlug = new Map(nodes.map((node) => [node.slug, node]));
  const r = (n: number) => Math.round(n * 10) / 10;
  const lanesUsed = { left: 0, right: 0 };
  const edges: MapEdge[] = concepts.flatMap((concept) =>
    concept.requires.flatMap((required) => {
      const from = nodeBySlug.get(required);
      const to = nodeBySlug.get(concept.slug)!;
      if (!from) return [];
      const x1 = from.x + from.width / 2;
      const y1 = from.y + from.height;
      const x2 = to.x + to.width / 2;
      const y2 = to.y;
      // An arrow that skips layers would cross the boxes in between: send it down a side lane.
      const between = nodes.filter((node) => node.row > from.row && node.row < to.row);
      const crosses = between.some((node) => {
        const t = (node.y + node.height / 2 - y1) / (y2 - y1);
        const x = x1 + t * (x2 - x1);
        return x > node.x - 8 && x < node.x + node.width + 8;
      });
      if (!crosses) {
        const bend = Math.max(GAP_Y / 2, (y2 - y1) / 2);
        return [
          {
            from: required,
            to: concept.slug,
            path: `M${r(x1)},${r(y1)} C${r(x1)},${r(y1 + bend)} ${r(x2)},${r(y2 - bend)} ${r(x2)},${r(y2)}`,
          },
        ];
      }
      const side = (x1 + x2) / 2 <= centre ? "left" : "right";
      const offset = 10 + 8 * (lanesUsed[side]++ % 4);
      const lane =
        side === "left"
          ? Math.min(...between.map((node) => node.x)) - offset
          : Math.max(...between.map((node) => node.x + node.width)) + offset;
      const b = GAP_Y / 2;
      const path = `M${r(x1)},${r(y1)} C${r(x1)},${r(y1 + b)} ${r(lane)},${r(y1)} ${r(lane)},${r(y1 + b)} L${r(lane)},${r(y2 - b)} C${r(lane)},${r(y2)} ${r(x2)},${r(y2 - b)} ${r(x2)},${r(y2)}`;
      return [{ from: required, to: concept.slug, path }];
    }),
  );
  // In reading order of the drawing (top to bottom, then left to right), so that Tab follows the
  // boxes as the eye does.
  const inReadingOrder = [...nodes].sort((a, b) => a.y - b.y || a.x - b.x);
  return { width, height, nodes: inReadingOrder, edges };
}
