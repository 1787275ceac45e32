import { describe, expect, it } from "vitest";
import type { Concept } from "../catalog/schema.ts";
import { groupByCategory, neighboursOf, searchTextOf } from "./navigation.ts";
import { createSlugger, slugify } from "./slugger.ts";
import { LINE_HEIGHT, NARROW_MAP, WIDE_MAP, layoutConceptMap, wrapWords } from "./concept-map-layout.ts";

function concept(slug: string, category: string, requires: string[] = [], extra: Partial<Concept> = {}): Concept {
  return {
    slug,
    title: slug.toUpperCase(),
    summary: `About ${slug}.`,
    aliases: [],
    category,
    required: false,
    requires,
    order: 1,
    usedBy: [],
    ...extra,
  };
}

// Reading order a, b (foundations), c, d (attention); d requires a and c, c requires b.
const A = concept("a", "foundations");
const B = concept("b", "foundations");
const C = concept("c", "attention", ["b"]);
const D = concept("d", "attention", ["a", "c"]);
const ALL = [A, B, C, D];

describe("neighboursOf", () => {
  it("neighboursOf(d) lists its requires in frontmatter order and c as previous, nothing next", () => {
    const n = neighboursOf(D, ALL);
    expect(n.before.map((x) => x.slug)).toEqual(["a", "c"]);
    expect(n.usedBy).toEqual([]);
    expect(n.previous?.slug).toBe("c");
    expect(n.next).toBeUndefined();
  });

  it("neighboursOf(a) derives 'used by' from the other concepts' requires", () => {
    const n = neighboursOf(A, ALL);
    expect(n.usedBy.map((x) => x.slug)).toEqual(["d"]);
    expect(n.previous).toBeUndefined();
    expect(n.next?.slug).toBe("b");
  });

  it("groupByCategory keeps category order and drops empty categories", () => {
    const categories = [
      { id: "foundations", title: "F", summary: "f" },
      { id: "empty", title: "E", summary: "e" },
      { id: "attention", title: "A", summary: "a" },
    ];
    expect(groupByCategory(categories, ALL).map((g) => [g.category.id, g.concepts.map((c) => c.slug)])).toEqual([
      ["foundations", ["a", "b"]],
      ["attention", ["c", "d"]],
    ]);
  });

  it("searchTextOf joins title, aliases and summary in lower case", () => {
    expect(searchTextOf(concept("qkv", "f", [], { title: "Q, K, and V", aliases: ["QKV", "projection"] }))).toBe(
      "q, k, and v • qkv • projection • about qkv.",
    );
  });
});

describe("slugger", () => {
  it.each([
    ["A worked example", "a-worked-example"],
    ["Why Kᵀ", "why-kt"],
    ["Side by side, then W_O", "side-by-side-then-wo"],
    ["dₖ is the size of one head", "dk-is-the-size-of-one-head"],
    ["Why three versions of the same token?", "why-three-versions-of-the-same-token"],
    ["???", "section"],
  ])("slugify(%j) is %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("createSlugger suffixes repeated headings -1, -2 and never reuses an id", () => {
    const slugger = createSlugger();
    expect(["Example", "Example", "Example-1", "Example"].map((t) => slugger.slug(t))).toEqual([
      "example",
      "example-1",
      "example-1-1",
      "example-2",
    ]);
  });
});

describe("layoutConceptMap", () => {
  const layout = layoutConceptMap(ALL);
  const node = (slug: string) => layout.nodes.find((n) => n.slug === slug)!;

  it("puts every concept one layer below the deepest concept it requires", () => {
    expect(ALL.map((c) => node(c.slug).layer)).toEqual([0, 0, 1, 2]);
  });

  it("draws one edge per requires entry, from the bottom of the required box to the top of the other", () => {
    expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(["a>d", "b>c", "c>d"]);
    const edge = layout.edges.find((e) => e.from === "b")!;
    const start = `M${node("b").x + node("b").width / 2},${node("b").y + node("b").height}`;
    expect(edge.path.startsWith(start)).toBe(true);
  });

  it("keeps boxes inside the drawing and apart from each other", () => {
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b && a.layer === b.layer) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(a.width);
  });

  it("wrapWords breaks a long title into lines of at most 22 characters", () => {
    expect(wrapWords("Q, K, and V Projections")).toEqual(["Q, K, and V", "Projections"]);
    expect(wrapWords("Softmax")).toEqual(["Softmax"]);
  });
});

describe("layoutConceptMap box heights", () => {
  const long = { slug: "mha", title: "Multi-Head Attention and the Output Weights", requires: [], required: true };
  const short = { slug: "s", title: "Softmax", requires: ["mha"] };

  it("makes every box tall enough for its longest title and “(Required)” on the phone's narrow boxes", () => {
    // 15 characters a line: “Multi-Head” / “Attention and” / “the Output” / “Weights”, then “(Required)”.
    expect(wrapWords(long.title, NARROW_MAP.charsPerLine)).toEqual([
      "Multi-Head",
      "Attention and",
      "the Output",
      "Weights",
    ]);
    const layout = layoutConceptMap([long, short], NARROW_MAP);
    for (const node of layout.nodes) expect(node.height).toBeGreaterThanOrEqual(5 * LINE_HEIGHT + 8);
    const [top, below] = layout.nodes;
    expect(below!.y).toBeGreaterThan(top!.y + top!.height);
  });

  it("keeps the sizes' own height when every title fits it", () => {
    const layout = layoutConceptMap([short], WIDE_MAP);
    expect(layout.nodes[0]!.height).toBe(WIDE_MAP.nodeHeight);
  });
});
