import { describe, expect, it } from "vitest";
import { escapeXml, hatchPattern, paint, parseColour, parseHatch } from "./svg-paint.ts";

describe("escapeXml", () => {
  it("escapeXml(text) turns every markup character into a character reference", () => {
    expect(escapeXml(`<b a="1">Tom & 'Jerry'</b>`)).toBe(
      "&#60;b a=&#34;1&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/b&#62;",
    );
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

describe("hatching", () => {
  const computed =
    "repeating-linear-gradient(135deg, rgba(0, 0, 0, 0) 0px, rgba(0, 0, 0, 0) 5px, rgb(185, 192, 200) 5px, rgb(185, 192, 200) 7px)";

  it("parseHatch reads the masked-cell gradient: 135°, a 7 px repeat, one band from 5 to 7 px", () => {
    expect(parseHatch(computed)).toEqual({
      angle: 135,
      period: 7,
      bands: [{ colour: "rgb(185, 192, 200)", from: 5, to: 7 }],
    });
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
