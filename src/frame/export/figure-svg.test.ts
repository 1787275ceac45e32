// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { figureToSvg, isSkipped, type SkipStyle } from "./figure-svg.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Builds elements from markup (test fixtures only, never user text). */
function fragment(markup: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = markup;
  document.body.replaceChildren(host);
  return host;
}

describe("isSkipped", () => {
  const shown: SkipStyle = {
    display: "block",
    visibility: "visible",
    clip: "auto",
    clipPath: "none",
    overflow: "visible",
  };
  const size = { width: 40, height: 20 };
  const host = fragment(
    '<div id="plain"></div><details id="words"></details><section class="in-words" id="alt"></section><p data-export="skip" id="toolbar"></p>' +
      '<p data-hint="" id="hint">Hover, focus or tap</p>' +
      '<div class="readout" id="hint-box"><p data-hint="">Hover, focus or tap</p></div>' +
      '<div class="readout" id="readout"><p data-hint="">Hover</p><p>y₁ = 17</p></div>',
  );
  const byId = (id: string) => host.querySelector(`#${id}`) as Element;

  it("isSkipped keeps a displayed element with a size", () => {
    expect(isSkipped(byId("plain"), shown, size)).toBe(false);
  });

  it.each([
    ["display: none", { ...shown, display: "none" }, size],
    ["visibility: hidden", { ...shown, visibility: "hidden" }, size],
    ["clip (screen-reader only)", { ...shown, clip: "rect(0px, 0px, 0px, 0px)" }, size],
    ["clip-path: inset(50%)", { ...shown, clipPath: "inset(50%)" }, size],
    ["1 px with overflow hidden", { ...shown, overflow: "hidden" }, { width: 1, height: 1 }],
    ["zero size", shown, { width: 0, height: 0 }],
  ])("isSkipped leaves out an element with %s", (_, style, box) => {
    expect(isSkipped(byId("plain"), style, box)).toBe(true);
  });

  it("isSkipped keeps a display: contents box although it has no size, so its children are drawn", () => {
    expect(isSkipped(byId("plain"), { ...shown, display: "contents" }, { width: 0, height: 0 })).toBe(false);
  });

  it.each(["words", "alt", "toolbar"])("isSkipped leaves out #%s (text alternative or marked skip)", (id) => {
    expect(isSkipped(byId(id), shown, size)).toBe(true);
  });

  it("isSkipped leaves out an instruction, and a box holding nothing else, but keeps a box with a result", () => {
    expect(isSkipped(byId("hint"), shown, size)).toBe(true);
    expect(isSkipped(byId("hint-box"), shown, size)).toBe(true);
    expect(isSkipped(byId("readout"), shown, size)).toBe(false);
  });
});

describe("figureToSvg", () => {
  it("figureToSvg(root) sizes the document to the root, titles it with the escaped aria-label and paints the background", () => {
    const host = fragment(
      '<div class="example" aria-label="Q &amp; K <example>" style="background-color: rgb(242, 240, 235)"></div>',
    );
    const root = host.querySelector(".example") as HTMLElement;
    root.getBoundingClientRect = () => ({
      left: 10,
      top: 20,
      right: 310.4,
      bottom: 170,
      width: 300.4,
      height: 150,
      x: 10,
      y: 20,
      toJSON: () => ({}),
    });
    const { svg, width, height } = figureToSvg(root);
    expect([width, height]).toEqual([301, 150]);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const outer = doc.documentElement;
    expect(outer.getAttribute("viewBox")).toBe("0 0 301 150");
    expect(outer.getAttribute("xmlns")).toBe(SVG_NS);
    expect(svg).toContain("<title>Q &#38; K &#60;example&#62;</title>");
    expect(svg).toContain('<rect width="301" height="150" fill="rgb(242,240,235)"/>');
  });
});

describe("figureToSvg with boxes", () => {
  /** Gives an element a fixed on-screen box, since happy-dom has no layout. */
  function place(element: Element, left: number, top: number, width: number, height: number) {
    element.getBoundingClientRect = () => new DOMRect(left, top, width, height);
  }

  it("draws a matrix's side borders with rounded corners as bracket paths, and ends the figure below the last box drawn", () => {
    const host = fragment(
      '<div class="example" aria-label="Fig" style="padding-bottom: 16px">' +
        '<div class="matrix" style="border-left: 2px solid rgb(27, 31, 36); border-right: 2px solid rgb(27, 31, 36); border-radius: 4px"></div>' +
        '<section class="in-words"><p>Text alternative</p></section></div>',
    );
    const root = host.querySelector(".example") as HTMLElement;
    place(root, 100, 50, 300, 400);
    place(root.querySelector(".matrix")!, 110, 60, 80, 40);
    place(root.querySelector(".in-words")!, 100, 150, 300, 300);
    const { svg, height } = figureToSvg(root);
    // The matrix ends at y = 50 (10 + 40), plus the root's 16 px bottom padding; the skipped
    // text alternative below it is cut off.
    expect(height).toBe(66);
    const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*stroke="rgb\(27,31,36\)" stroke-width="2"\/>/g)].map(
      (m) => m[1],
    );
    // Right bracket at x = 90 − 1 (half the border), its ends curving 4 px inwards; left one at 10 + 1.
    expect(paths).toEqual(["M85 11Q89 11 89 15V45Q89 49 85 49", "M15 11Q11 11 11 15V45Q11 49 15 49"]);
    expect(svg).not.toContain("Text alternative");
  });

  it("draws a cell's background and uniform dashed border as rects inset by half the border, and hatching as a pattern", () => {
    const host = fragment(
      '<div class="example" aria-label="Fig">' +
        '<span class="cell" style="background-color: rgb(255, 240, 168); border: 2px dashed rgb(27, 31, 36); border-radius: 6px"></span>' +
        '<span class="cell" style="background-image: repeating-linear-gradient(135deg, transparent 0px, transparent 5px, rgb(185, 192, 200) 5px, rgb(185, 192, 200) 7px)"></span></div>',
    );
    const root = host.querySelector(".example") as HTMLElement;
    const [ingredient, masked] = root.querySelectorAll(".cell");
    place(root, 0, 0, 200, 100);
    place(ingredient!, 10, 10, 44, 36);
    place(masked!, 60, 10, 44, 36);
    const { svg } = figureToSvg(root);
    expect(svg).toContain('<rect x="10" y="10" width="44" height="36" rx="6" fill="rgb(255,240,168)"/>');
    expect(svg).toContain(
      '<rect x="11" y="11" width="42" height="34" rx="5" fill="none" stroke="rgb(27,31,36)" stroke-width="2" stroke-dasharray="6 4"/>',
    );
    expect(svg).toMatch(/<defs><pattern id="hatch0" [^>]*patternTransform="rotate\(45\)">/);
    expect(svg).toContain('<rect x="60" y="10" width="44" height="36" fill="url(#hatch0)"/>');
  });
});
