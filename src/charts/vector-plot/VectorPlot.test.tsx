import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { VectorPlot } from "./VectorPlot.tsx";

/** Rounds numbers to 2 decimals and renumbers React ids, so snapshots only change with the drawing. */
function normalizeSvg(html: string): string {
  const ids = new Map<string, string>();
  return html
    .replace(/«[^»]+»|_R_[A-Za-z0-9_]+_/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<");
}

describe("VectorPlot", () => {
  it("renders the reference example as the saved SVG", () => {
    expect(normalizeSvg(renderToStaticMarkup(<VectorPlot x={[2, 3]} y={[2, 17]} active={null} />))).toMatchSnapshot();
  });

  it("marks only the inspected component's guide as active", () => {
    const html = renderToStaticMarkup(<VectorPlot x={[2, 3]} y={[2, 17]} active={1} />);
    expect(html.match(/data-active="true"/g)).toHaveLength(1);
    expect(html).toMatch(/data-active="true"><line[^>]*>(?:<\/line>)?<text[^>]*>y₁ = 17<\/text>/);
  });

  it("has an accessible name and description tied to the svg", () => {
    const html = renderToStaticMarkup(<VectorPlot x={[2, 3]} y={[2, 17]} active={null} />);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<title id="${labelledBy}">Projection example shown as vectors on axes</title>`);
    expect(html).toMatch(new RegExp(`<desc id="${describedBy}">The input vector x = \\(2, 3\\)`));
    expect(html).toContain('role="img"');
  });
});
