// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { earlyHighlight, inspectableCell } from "./early-highlight.ts";

/** An island as served with a link's pinned inspection: cell 0-1 inspected, row 0 of A its ingredient. */
function island() {
  document.body.innerHTML = `
    <div data-island="X" id="x">
      <span data-cell="0-0" data-role="ingredient" id="a0">1</span>
      <button data-cell="0-0" aria-pressed="false" id="c0"><span id="c0-text">2</span></button>
      <button data-cell="0-1" aria-pressed="true" data-role="inspected" id="c1">17</button>
      <button class="tool" id="tool">Edit numbers</button>
    </div>
    <button data-cell="0-0" aria-pressed="false" id="elsewhere">3</button>`;
  return document.getElementById("x")!;
}
const byId = (id: string) => document.getElementById(id)!;
const roles = () => ["a0", "c0", "c1"].map((id) => byId(id).getAttribute("data-role"));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("inspectableCell(island, target)", () => {
  it("finds the inspectable number a target is in, inside the island only", () => {
    const root = island();
    expect(inspectableCell(root, byId("c0-text"))).toBe(byId("c0"));
    expect(inspectableCell(root, byId("c1"))).toBe(byId("c1"));
    expect(inspectableCell(root, byId("a0"))).toBeNull(); // a number that only shows, not a button
    expect(inspectableCell(root, byId("tool"))).toBeNull();
    expect(inspectableCell(root, byId("elsewhere"))).toBeNull();
    expect(inspectableCell(root, null)).toBeNull();
  });
});

describe("earlyHighlight(island)", () => {
  it("highlights the pointed-at number alone, lifting the served roles meanwhile", () => {
    const highlight = earlyHighlight(island());
    highlight.show(byId("c0"));
    expect(roles()).toEqual([null, "inspected", null]);
    expect(highlight.cell).toBe(byId("c0"));
  });

  it("moves from number to number and puts every served role back on clear", () => {
    const highlight = earlyHighlight(island());
    highlight.show(byId("c0"));
    highlight.show(byId("c1"));
    expect(roles()).toEqual([null, null, "inspected"]);
    highlight.clear();
    expect(roles()).toEqual(["ingredient", null, "inspected"]);
    expect(highlight.cell).toBeNull();
    highlight.clear();
    expect(roles()).toEqual(["ingredient", null, "inspected"]);
  });

  it("leaves the pressed state alone (React owns it once awake)", () => {
    const highlight = earlyHighlight(island());
    highlight.show(byId("c0"));
    expect(byId("c0").getAttribute("aria-pressed")).toBe("false");
    expect(byId("c1").getAttribute("aria-pressed")).toBe("true");
  });
});
