import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { explainAngle } from "../../math/index.ts";
import { DotProductPlot, describeDotPlot } from "./DotProductPlot.tsx";

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

const a = [3, 1];
const b = [1, 2];
const e = explainAngle(a, b);

describe("DotProductPlot", () => {
  it("renders a = (3, 1), b = (1, 2) as the saved SVG", () => {
    expect(
      normalizeSvg(renderToStaticMarkup(<DotProductPlot a={a} b={b} explanation={e} active={null} />)),
    ).toMatchSnapshot();
  });

  it.each([
    [0, ["shadow", "angle"]],
    [1, ["vector-a"]],
    [2, ["vector-b"]],
    [3, ["angle"]],
    [4, ["shadow"]],
  ])("result %i marks %j", (active, parts) => {
    const html = renderToStaticMarkup(<DotProductPlot a={a} b={b} explanation={e} active={active} />);
    expect([...html.matchAll(/<g class="([^"]+)" data-active="true"/g)].map((m) => m[1])).toEqual(parts);
  });

  it("has an accessible name and a description built from the same numbers", () => {
    const html = renderToStaticMarkup(<DotProductPlot a={a} b={b} explanation={e} active={null} />);
    expect(html).toContain('role="img"');
    expect(html).toMatch(
      /<title id="[^"]+">The vectors a and b, the angle between them and the projection of b on a<\/title>/,
    );
    expect(describeDotPlot(a, b, e)).toBe(
      "Arrows from the origin to a = (3, 1) and b = (1, 2), to the same scale on both axes, with an arc marking the angle " +
        "between them, θ = 45°. A dashed line drops from b's tip at a right angle onto a's line; b's shadow runs along that " +
        "line from the origin to (1.5, 0.5), a signed length of about 1.58.",
    );
  });
});
