import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ComponentType, type ReactNode } from "react";
import { collectHeadings, headingComponents, textOf } from "./headings.tsx";

type Components = Record<string, ComponentType<{ id?: string; children?: ReactNode }>>;

/**
 * A stand-in for a compiled MDX body (which also picks its elements from `components` with
 * createElement): two headings with the same text, an example whose id is "one-row", and a heading "One row".
 */
function Body({ components = {} }: { components?: Components }) {
  const h = (name: string, fallback: string | ComponentType, props: object | null, ...children: ReactNode[]) =>
    createElement(components[name] ?? fallback, props, ...children);
  return (
    <>
      {h("h2", "h2", null, "One row")}
      {h("ProjectionExample", () => null, { id: "one-row" })}
      {h("h2", "h2", null, "A worked example")}
      {h("h3", "h3", null, "Why ", <em key="k">Kᵀ</em>)}
      {h("h2", "h2", null, "A worked example")}
    </>
  );
}

describe("headings", () => {
  const toc = collectHeadings(Body as never);

  it("collectHeadings lists h2 and h3 in order with unique ids that avoid example ids", () => {
    expect(toc).toEqual([
      { level: 2, text: "One row", id: "one-row-1" },
      { level: 2, text: "A worked example", id: "a-worked-example" },
      { level: 3, text: "Why Kᵀ", id: "why-kt" },
      { level: 2, text: "A worked example", id: "a-worked-example-1" },
    ]);
  });

  it("headingComponents renders the same ids, each heading with a link to itself", () => {
    const html = renderToStaticMarkup(<Body components={headingComponents(toc) as Components} />);
    expect([...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1])).toEqual(toc.map((entry) => entry.id));
    expect(html).toContain('href="#a-worked-example-1" aria-label="Link to section: A worked example"');
  });

  it("textOf reads the text inside nested elements", () => {
    expect(textOf(["Why ", <em key="k">K</em>, 2])).toBe("Why K2");
  });
});
