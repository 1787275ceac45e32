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
  const shown: SkipStyle = { display: "block", visibility: "visible", clip: "auto", clipPath: "none", overflow: "visible" };
  const size = { width: 40, height: 20 };
  const host = fragment(
    '<div id="plain"></div><details id="words"></details><section class="in-words" id="alt"></section><p data-export="skip" id="toolbar"></p>',
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
});

describe("figureToSvg", () => {
  it("figureToSvg(root) sizes the document to the root, titles it with the escaped aria-label and paints the background", () => {
    const host = fragment('<div class="example" aria-label="Q &amp; K <example>" style="background-color: rgb(242, 240, 235)"></div>');
    const root = host.querySelector(".example") as HTMLElement;
    root.getBoundingClientRect = () => ({ left: 10, top: 20, right: 310.4, bottom: 170, width: 300.4, height: 150, x: 10, y: 20, toJSON: () => ({}) });
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
