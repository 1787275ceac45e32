// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { inlineSvgStyles, lengthList, uniquifyIds } from "./svg-clone.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Builds elements from markup (test fixtures only, never user text). */
function fragment(markup: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = markup;
  document.body.replaceChildren(host);
  return host;
}

/** A computed style stand-in holding only the given properties. */
function fakeStyle(values: Record<string, string>): CSSStyleDeclaration {
  return {
    display: values.display ?? "inline",
    getPropertyValue: (name: string) => values[name] ?? "",
  } as unknown as CSSStyleDeclaration;
}

describe("inlineSvgStyles", () => {
  it("writes computed colours and lengths as attributes and drops classes, styles, ARIA and titles", () => {
    const host = fragment(
      `<svg xmlns="${SVG_NS}" role="img" aria-labelledby="t"><title id="t">Plot</title><line class="vector" style="--x: 1" x1="0" x2="5" data-active="true"/></svg>`,
    );
    const svg = host.querySelector("svg") as SVGSVGElement;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const styles = new Map<Element, CSSStyleDeclaration>([
      [
        svg.querySelector("line")!,
        fakeStyle({
          stroke: "rgba(168, 67, 10, 0.5)",
          "stroke-width": "3px",
          "stroke-dasharray": "7px, 4px",
          fill: "none",
        }),
      ],
    ]);
    inlineSvgStyles(svg, clone, (element) => styles.get(element) ?? fakeStyle({}));
    const line = clone.querySelector("line")!;
    expect(line.getAttribute("stroke")).toBe("rgb(168,67,10)");
    expect(line.getAttribute("stroke-opacity")).toBe("0.5");
    expect(line.getAttribute("stroke-width")).toBe("3");
    expect(line.getAttribute("stroke-dasharray")).toBe("7 4");
    expect(line.getAttribute("fill")).toBe("none");
    expect(line.getAttribute("x2")).toBe("5");
    for (const name of ["class", "style", "data-active"]) expect(line.hasAttribute(name)).toBe(false);
    expect(clone.hasAttribute("role") || clone.hasAttribute("aria-labelledby")).toBe(false);
    expect(clone.querySelector("title")).toBeNull();
  });

  it("writes an inherited value only where it differs from the parent's, and opacity only when not 1", () => {
    const host = fragment(`<svg xmlns="${SVG_NS}"><g><text>a</text><text>b</text></g></svg>`);
    const svg = host.querySelector("svg") as SVGSVGElement;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const [a, b] = [...svg.querySelectorAll("text")];
    const styles = new Map<Element, CSSStyleDeclaration>([
      [svg, fakeStyle({ fill: "rgb(27, 31, 36)", opacity: "1" })],
      [svg.querySelector("g")!, fakeStyle({ fill: "rgb(27, 31, 36)", opacity: "0.5" })],
      [a!, fakeStyle({ fill: "rgb(27, 31, 36)", opacity: "1" })],
      [b!, fakeStyle({ fill: "rgb(84, 93, 104)", opacity: "1" })],
    ]);
    inlineSvgStyles(svg, clone, (element) => styles.get(element) ?? fakeStyle({}));
    const [g, ta, tb] = [clone.querySelector("g")!, ...clone.querySelectorAll("text")];
    expect(clone.getAttribute("fill")).toBe("rgb(27,31,36)");
    expect([g.getAttribute("fill"), g.getAttribute("opacity")]).toEqual([null, "0.5"]);
    expect([ta!.getAttribute("fill"), ta!.getAttribute("opacity")]).toEqual([null, null]);
    expect(tb!.getAttribute("fill")).toBe("rgb(84,93,104)");
  });

  it("keeps a paint server reference (url(#…)) from the markup instead of the computed value", () => {
    const host = fragment(`<svg xmlns="${SVG_NS}"><rect fill="url(#ramp)"/></svg>`);
    const svg = host.querySelector("svg") as SVGSVGElement;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineSvgStyles(svg, clone, () => fakeStyle({ fill: 'url("#ramp")' }));
    expect(clone.querySelector("rect")!.getAttribute("fill")).toBe("url(#ramp)");
  });

  it("removes elements that are not displayed", () => {
    const host = fragment(`<svg xmlns="${SVG_NS}"><text>shown</text><text>hidden</text></svg>`);
    const svg = host.querySelector("svg") as SVGSVGElement;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineSvgStyles(svg, clone, (element) =>
      fakeStyle({ display: element.textContent === "hidden" ? "none" : "inline" }),
    );
    expect([...clone.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["shown"]);
  });
});

describe("uniquifyIds", () => {
  it("renames ids and rewrites url(#…) and href references to them", () => {
    const host = fragment(
      `<svg xmlns="${SVG_NS}"><defs><marker id="«r1»-input"><path/></marker><pattern id="hatch"/></defs>` +
        `<line marker-end="url(#«r1»-input)"/><rect fill='url("#hatch")'/><use href="#hatch"/></svg>`,
    );
    const svg = host.querySelector("svg") as SVGSVGElement;
    uniquifyIds(svg, "plot3-");
    expect([...svg.querySelectorAll("[id]")].map((e) => e.id)).toEqual(["plot3-0", "plot3-1"]);
    expect(svg.querySelector("line")!.getAttribute("marker-end")).toBe("url(#plot3-0)");
    expect(svg.querySelector("rect")!.getAttribute("fill")).toBe("url(#plot3-1)");
    expect(svg.querySelector("use")!.getAttribute("href")).toBe("#plot3-1");
  });

  it("drops references that would point out of the file", () => {
    const host = fragment(
      `<svg xmlns="${SVG_NS}"><rect fill="url(#elsewhere)"/><use href="#elsewhere"/><use href="other.svg#x"/></svg>`,
    );
    const svg = host.querySelector("svg") as SVGSVGElement;
    uniquifyIds(svg, "p-");
    expect(svg.querySelector("rect")!.getAttribute("fill")).toBe("none");
    expect([...svg.querySelectorAll("use")].some((u) => u.hasAttribute("href"))).toBe(false);
  });
});

describe("lengthList", () => {
  it("lengthList turns a computed length list into SVG numbers", () => {
    expect(lengthList("7px, 4px")).toBe("7 4");
    expect(lengthList("none")).toBe("none");
  });
});
