import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { RowShares } from "../row-shares/RowShares.tsx";
import { WeightBarChart } from "./WeightBarChart.tsx";

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

const noHandlers = (): InspectHandlers => ({ onPointerEnter() {}, onPointerLeave() {}, onFocus() {}, onClick() {} });

describe("WeightBarChart", () => {
  const chart = (active: number | null) =>
    renderToStaticMarkup(
      <WeightBarChart
        title="softmax(s): not scaled"
        description="k₀: 0.25, k₁: 0.75."
        weights={[0.25, 0.75]}
        keyLabels={["k₀", "k₁"]}
        active={active}
        bind={noHandlers}
      />,
    );

  it("renders two weights as the saved SVG", () => {
    expect(normalizeSvg(chart(null))).toMatchSnapshot();
  });

  it("is an image named by its title and described by every weight", () => {
    const html = chart(null);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain('role="img"');
    expect(html).toContain(`<title id="${labelledBy}">softmax(s): not scaled</title>`);
    expect(html).toContain(`<desc id="${describedBy}">k₀: 0.25, k₁: 0.75.</desc>`);
  });

  it("marks only the inspected key's bar as active", () => {
    const html = chart(1);
    expect(html.match(/data-active="true"/g)).toHaveLength(1);
    expect(html).toMatch(/data-active="true"><rect class="bar"[^>]*height="94.5"/);
  });
});

describe("RowShares", () => {
  const shares = renderToStaticMarkup(
    <RowShares
      weights={[
        [1, 0],
        [0.25, 0.75],
      ]}
      rowLabels={["the", "cat"]}
      colLabels={["the", "cat"]}
      active={{ row: 1, col: 1 }}
    />,
  );

  it("renders the saved SVG: a masked key (weight 0) gets no share", () => {
    expect(normalizeSvg(shares)).toMatchSnapshot();
    expect(shares.match(/class="share share-/g)).toHaveLength(3);
  });

  it("describes every row's weights and outlines the inspected share", () => {
    expect(shares).toContain("the: the 1, cat 0. cat: the 0.25, cat 0.75.");
    expect(shares.match(/data-active="true"/g)).toHaveLength(1);
  });
});
