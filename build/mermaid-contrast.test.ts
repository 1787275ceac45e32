import { readdirSync, readFileSync } from "node:fs";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { contrastRatio, type Rgb } from "../src/charts/heatmap/heat-colour.ts";

/**
 * Flowchart labels and edges against what is behind them, in both themes, worked out from the
 * committed SVG cache and the site's stylesheets (no browser): every label is a node label (on
 * the node's fill) or an edge label (on its own opaque box), and the site's rules paint those
 * with theme colours whose contrast is computed here.
 */

const STYLES = new URL("../src/styles/", import.meta.url);
const CACHE = new URL("./mermaid-cache/", import.meta.url);
const css = (name: string) => postcss.parse(readFileSync(new URL(name, STYLES), "utf8"));

/** The theme's colour tokens: :root in site.css, and :root inside its dark media query. */
function themeTokens(): { light: Map<string, Rgb>; dark: Map<string, Rgb> } {
  const light = new Map<string, Rgb>();
  const dark = new Map<string, Rgb>();
  css("site.css").walkRules(":root", (rule) => {
    const inDark =
      rule.parent?.type === "atrule" && /prefers-color-scheme:\s*dark/.test((rule.parent as postcss.AtRule).params);
    rule.walkDecls(/^--/, (decl) => {
      const hex = /^#([0-9a-f]{6})$/i.exec(decl.value.trim());
      if (!hex) return;
      const rgb = [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as unknown as Rgb;
      (inDark ? dark : light).set(decl.prop, rgb);
    });
  });
  return { light, dark };
}

/** What the site's diagram rules set, as "selector|property" → value. */
function diagramRules(): Map<string, string> {
  const rules = new Map<string, string>();
  for (const name of ["math.css", "diagram.css"]) {
    css(name).walkDecls((decl) => {
      if (decl.parent?.type !== "rule") return;
      for (const selector of (decl.parent as postcss.Rule).selectors) rules.set(`${selector}|${decl.prop}`, decl.value);
    });
  }
  return rules;
}

const cached = readdirSync(CACHE)
  .filter((name) => name.endsWith(".svg"))
  .map((name) => ({ name, svg: readFileSync(new URL(name, CACHE), "utf8") }));

describe("flowchart colours (build/mermaid-cache and src/styles)", () => {
  const rules = diagramRules();
  const token = (selector: string, prop: string) =>
    /^var\((--[\w-]+)\)/.exec(rules.get(`${selector}|${prop}`) ?? "")?.[1];

  it("paints labels, node fills, edges and edge-label boxes with theme colours", () => {
    expect(token(".diagram-svg svg text", "fill")).toBe("--fg");
    expect(token(".diagram-svg svg .node rect", "fill")).toBe("--surface");
    expect(token(".diagram-svg svg .flowchart-link", "stroke")).toBe("--fg");
    expect(token(".diagram-svg svg .edgeLabel rect", "fill")).toBe("--bg");
    expect(rules.get(".diagram-svg svg .edgeLabel rect|opacity")).toMatch(/^1\b/);
  });

  it.each(["light", "dark"] as const)(
    "gives every label at least 4.5:1 and every edge 3:1 in the %s theme",
    (theme) => {
      const tokens = themeTokens()[theme];
      const colour = (name: string) => tokens.get(name) ?? themeTokens().light.get(name)!;
      const ink = colour(token(".diagram-svg svg text", "fill")!);
      const nodeFill = colour(token(".diagram-svg svg .node rect", "fill")!);
      const labelBox = colour(token(".diagram-svg svg .edgeLabel rect", "fill")!);
      const page = colour("--bg");
      const edge = colour(token(".diagram-svg svg .flowchart-link", "stroke")!);
      expect(contrastRatio(ink, nodeFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(ink, labelBox)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(edge, page)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(cached.map(({ name, svg }) => [name, svg] as const))(
    "%s: every label is a node label or an edge label with its own box",
    (_name, svg) => {
      const labels = [...svg.matchAll(/<g class="(node|edgeLabel|cluster)\b[^"]*"[^>]*>/g)].map((match) => match[1]);
      expect(labels.length).toBeGreaterThan(0);
      const texts = (svg.match(/<text\b/g) ?? []).length;
      const inLabels = [...svg.matchAll(/<g class="(?:node|edgeLabel)\b[\s\S]*?<\/g>/g)].length;
      expect(texts).toBeGreaterThan(0);
      expect(inLabels).toBeGreaterThan(0);
      // Each edge label that shows text has a box behind it (painted opaque --bg by the site).
      for (const label of svg.matchAll(/<g class="edgeLabel"[^>]*>([\s\S]*?)<\/g><\/g>/g)) {
        if (/<tspan[^>]*>[^<\s]/.test(label[1]!)) expect(label[1]).toMatch(/<rect\b|class="labelBkg"/);
      }
    },
  );
});
