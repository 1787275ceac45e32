// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { AttentionMap } from "./AttentionMap.tsx";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";

afterEach(cleanup);

const tokens = ["the", "cat", "sat"];
const weights = [
  [0.5, 0.25, 0.25],
  [0.1, 0.2, 0.7],
  [0.125, 0.75, 0.125],
];

function Harness() {
  const inspection = useInspection<CellPosition>();
  return (
    <div onKeyDown={inspection.onKeyDown}>
      <AttentionMap
        queries={tokens}
        keys={tokens}
        weights={weights}
        title="Attention map of the cat sat"
        description="Rows are queries, columns are keys."
        cellLabel={(i, j) => `${tokens[i]} looks at ${tokens[j]}`}
        active={inspection.active}
        bind={inspection.bind}
      />
    </div>
  );
}

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

const cell = (i: number, j: number) => document.querySelector<SVGGElement>(`[data-cell="${i}-${j}"]`)!;
const marked = (role: string) =>
  [...document.querySelectorAll<SVGGElement>(`[data-role="${role}"]`)].map((g) => g.dataset.cell);

describe("AttentionMap", () => {
  it("renders the saved SVG: labels, a coloured cell with its number for each weight, and the legend", () => {
    expect(normalizeSvg(renderToStaticMarkup(<Harness />))).toMatchSnapshot();
  });

  it("writes every weight on its cell, so colour is not the only channel", () => {
    render(<Harness />);
    expect([...document.querySelectorAll(".heat-cell text")].map((t) => t.textContent)).toEqual([
      "0.5",
      "0.25",
      "0.25",
      "0.1",
      "0.2",
      "0.7",
      "0.13",
      "0.75",
      "0.13",
    ]);
  });

  it("names the figure with its title and description and gives each cell a button role and name", () => {
    render(<Harness />);
    expect(screen.getByRole("group", { name: "Attention map of the cat sat" })).toBeTruthy();
    expect(screen.getAllByRole("button")).toHaveLength(9);
    expect(screen.getByRole("button", { name: "sat looks at cat" }).getAttribute("data-cell")).toBe("2-1");
  });

  it.each([
    ["focus", (el: Element) => fireEvent.focus(el)],
    ["tap", (el: Element) => fireEvent.click(el)],
    ["hover", (el: Element) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting cell (1, 2) by %s marks it inspected and the rest of row 1 as its row", (_, inspect) => {
    render(<Harness />);
    inspect(cell(1, 2));
    expect(marked("inspected")).toEqual(["1-2"]);
    expect(marked("ingredient")).toEqual(["1-0", "1-1"]);
    expect(cell(1, 2).getAttribute("aria-pressed")).toBe("true");
    const active = [...document.querySelectorAll(".heat-labels text[data-active]")].map((t) => t.textContent);
    expect(active).toEqual(["sat", "cat"]);
  });

  it("keeps one tab stop: the inspected cell, or the first cell when nothing is inspected", () => {
    render(<Harness />);
    expect([...document.querySelectorAll('[tabindex="0"]')].map((g) => g.getAttribute("data-cell"))).toEqual(["0-0"]);
    fireEvent.focus(cell(2, 1));
    expect([...document.querySelectorAll('[tabindex="0"]')].map((g) => g.getAttribute("data-cell"))).toEqual(["2-1"]);
  });

  it("moves focus with the arrow keys, Home and End, stopping at the edges", () => {
    render(<Harness />);
    cell(0, 0).focus();
    fireEvent.focus(cell(0, 0));
    const press = (key: string) => {
      fireEvent.keyDown(document.activeElement!, { key });
      fireEvent.focus(document.activeElement!);
    };
    press("ArrowRight");
    expect(document.activeElement).toBe(cell(0, 1));
    press("ArrowDown");
    expect(document.activeElement).toBe(cell(1, 1));
    press("End");
    expect(document.activeElement).toBe(cell(1, 2));
    press("ArrowRight");
    expect(document.activeElement).toBe(cell(1, 2));
    press("Home");
    expect(document.activeElement).toBe(cell(1, 0));
    expect(marked("inspected")).toEqual(["1-0"]);
  });

  it("clears the inspection on Escape", () => {
    render(<Harness />);
    fireEvent.click(cell(2, 2));
    fireEvent.keyDown(cell(2, 2), { key: "Escape" });
    expect(marked("inspected")).toEqual([]);
    expect(marked("ingredient")).toEqual([]);
  });
});
