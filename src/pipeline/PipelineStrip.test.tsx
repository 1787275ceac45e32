import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadConceptCatalog } from "../../build/concepts.ts";
import { slugify } from "../pages/slugger.ts";
import { PipelineStrip } from "./PipelineStrip.tsx";
import { NEAR_STEP, PIPELINE_STEPS, pipelinePlace, showsPipeline } from "./pipeline-steps.ts";

const root = resolve(import.meta.dirname, "../..");
const catalog = loadConceptCatalog(resolve(root, "content"), root);
const categoryOf = new Map(catalog.concepts.map((concept) => [concept.slug, concept.category]));
const stripPages = catalog.concepts.filter((concept) => showsPipeline(concept.category));

/** The ids of a page's `##` headings, as the site makes them (markup stripped). */
function headingIds(slug: string): string[] {
  const source = readFileSync(resolve(root, "content", `${slug}.mdx`), "utf8");
  return [...source.matchAll(/^##+ (.*)$/gm)].map((m) => slugify((m[1] ?? "").replace(/<[^>]+>/g, "")));
}

/** The links of the rendered strip: target, whether marked current, visible text. */
function linksOf(slug: string) {
  const html = renderToStaticMarkup(<PipelineStrip slug={slug} />);
  return [...html.matchAll(/<a href="([^"]+)"( aria-current="page")?>(.*?)<\/a>/g)].map((m) => ({
    href: m[1] ?? "",
    current: m[2] !== undefined,
    text: (m[3] ?? "").replace(/<[^>]+>/g, ""),
  }));
}

describe("the Where am I strip", () => {
  it.each(PIPELINE_STEPS.map((step) => [step.id, step] as const))(
    "step %s links to an existing Foundations or Attention concept (and section)",
    (_, step) => {
      expect(showsPipeline(categoryOf.get(step.slug) ?? "missing")).toBe(true);
      if (step.fragment) expect(headingIds(step.slug)).toContain(step.fragment);
    },
  );

  it("every page of those categories is either a step or says which step it is near", () => {
    for (const { slug } of stripPages) {
      const place = pipelinePlace(slug);
      expect(place.current.length > 0 || place.near !== null, slug).toBe(true);
    }
    for (const [slug, near] of Object.entries(NEAR_STEP)) {
      expect(categoryOf.has(slug), slug).toBe(true);
      expect(PIPELINE_STEPS.map((step) => step.id)).toContain(near.step);
    }
  });

  it.each(stripPages.map((concept) => [concept.slug] as const))(
    "on %s only its own steps are marked current",
    (slug) => {
      const links = linksOf(slug);
      expect(links).toHaveLength(PIPELINE_STEPS.length);
      links.forEach((link, i) => {
        const step = PIPELINE_STEPS[i];
        expect(link.href).toContain(`/concepts/${step?.slug}/`);
        expect(link.current).toBe(step?.slug === slug);
      });
    },
  );

  it("the scores page marks exactly “scores”; the multi-head page marks heads and W_O", () => {
    expect(
      linksOf("attention-scores")
        .filter((l) => l.current)
        .map((l) => l.text),
    ).toEqual(["scores"]);
    expect(
      linksOf("multi-head-attention")
        .filter((l) => l.current)
        .map((l) => l.text),
    ).toEqual(["heads", "WO"]);
  });

  it("typesets subscripts (no underscore is shown) and names ÷√d_k for screen readers", () => {
    const html = renderToStaticMarkup(<PipelineStrip slug="softmax" />);
    expect(html).not.toContain("_");
    expect(html).toContain("W<sub>O</sub>");
    expect(html).toContain("√d<sub>k</sub>");
    expect(html).toContain("divide by the square root of d sub k");
    expect(html).toMatch(/<nav aria-label="Where am I in attention"[^>]*><ol>/);
  });

  it("a building-block page marks the step it feeds and says why", () => {
    const html = renderToStaticMarkup(<PipelineStrip slug="dot-product" />);
    expect(html).not.toContain("aria-current");
    expect(html).toContain('<li data-step="scores" data-near="true">');
    expect(html).toContain("every score is one dot product");
  });
});
