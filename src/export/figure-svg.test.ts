// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  escapeXml,
  figureToSvg,
  hatchPattern,
  inlineSvgStyles,
  isSkipped,
  lengthList,
  paint,
  parseColour,
  parseHatch,
  uniquifyIds,
  type SkipStyle,
} from "./figure-svg.ts";

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
  return { display: values.display ?? "inline", getPropertyValue: (name: string) => values[name] ?? "" } as unknown as CSSStyleDeclaration;
}

describe("escapeXml", () => {
  it("escapeXml(text) turns every markup character into a character reference", () => {
    expect(escapeXml(`<b a="1">Tom & 'Jerry'</b>`)).toBe("&#60;b a=&#34;1&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/b&#62;");
  });

  it("escapeXml(text) leaves other text, including the minus sign and subscripts, as it is", () => {
    expect(escapeXml("y₁ = 2·10 + 3·(−1) = 17")).toBe("y₁ = 2·10 + 3·(−1) = 17");
  });
});

describe("parseColour and paint", () => {
  it.each([
    ["rgb(29, 88, 176)", { colour: "rgb(29,88,176)", alpha: 1 }],
    ["rgba(29, 88, 176, 0.25)", { colour: "rgb(29,88,176)", alpha: 0.25 }],
    ["rgb(29 88 176 / 0.5)", { colour: "rgb(29,88,176)", alpha: 0.5 }],
    ["#fdfcfa", { colour: "#fdfcfa", alpha: 1 }],
    ["rgba(0, 0, 0, 0)", null],
    ["transparent", null],
    ["none", null],
  ])("parseColour(%j) splits colour and alpha", (css, expected) => {
    expect(parseColour(css)).toEqual(expected);
  });

  it("paint() writes alpha as an opacity attribute, multiplied by the element's opacity", () => {
    expect(paint("fill", "rgba(10, 20, 30, 0.5)", 0.5)).toBe(' fill="rgb(10,20,30)" fill-opacity="0.25"');
    expect(paint("stroke", "rgb(10, 20, 30)")).toBe(' stroke="rgb(10,20,30)"');
    expect(paint("stroke", "rgba(0, 0, 0, 0)")).toBe(' stroke="none"');
  });
});

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

describe("hatching", () => {
  const computed = "repeating-linear-gradient(135deg, rgba(0, 0, 0, 0) 0px, rgba(0, 0, 0, 0) 5px, rgb(185, 192, 200) 5px, rgb(185, 192, 200) 7px)";

  it("parseHatch reads the masked-cell gradient: 135°, a 7 px repeat, one band from 5 to 7 px", () => {
    expect(parseHatch(computed)).toEqual({ angle: 135, period: 7, bands: [{ colour: "rgb(185, 192, 200)", from: 5, to: 7 }] });
  });

  it("parseHatch returns null for no image or another kind of image", () => {
    expect(parseHatch("none")).toBeNull();
    expect(parseHatch("linear-gradient(red, blue)")).toBeNull();
  });

  it("hatchPattern turns the tile to the CSS angle (135° → rotate(45)) and draws the band", () => {
    const hatch = parseHatch(computed);
    expect(hatch).not.toBeNull();
    expect(hatchPattern("h0", hatch!)).toBe(
      '<pattern id="h0" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect x="5" y="0" width="2" height="7" fill="rgb(185,192,200)"/></pattern>',
    );
  });
});

describe("inlineSvgStyles", () => {
  it("writes computed colours and lengths as attributes and drops classes, styles, ARIA and titles", () => {
    const host = fragment(
      `<svg xmlns="${SVG_NS}" role="img" aria-labelledby="t"><title id="t">Plot</title><line class="vector" style="--x: 1" x1="0" x2="5" data-active="true"/></svg>`,
    );
    const svg = host.querySelector("svg") as SVGSVGElement;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const styles = new Map<Element, CSSStyleDeclaration>([
      [svg.querySelector("line")!, fakeStyle({ stroke: "rgba(168, 67, 10, 0.5)", "stroke-width": "3px", "stroke-dasharray": "7px, 4px", fill: "none" })],
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
    inlineSvgStyles(svg, clone, (element) => fakeStyle({ display: element.textContent === "hidden" ? "none" : "inline" }));
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
    const host = fragment(`<svg xmlns="${SVG_NS}"><rect fill="url(#elsewhere)"/><use href="#elsewhere"/><use href="other.svg#x"/></svg>`);
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
