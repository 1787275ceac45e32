import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { TexError, texToSvg } from "./mathjax.ts";

describe("texToSvg", () => {
  it("renders inline math as an aria-hidden SVG plus assistive MathML", () => {
    const html = texToSvg("y_j = \\sum_i x_i W_{ij}", { display: false });
    expect(html).toMatch(/^<mjx-container [^>]*jax="SVG"/);
    expect(html).not.toContain('display="true"');
    expect(html).toMatch(/<svg [^>]*aria-hidden="true"/);
    expect(html).toContain("<mjx-assistive-mml");
    expect(html).toMatch(/<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"[^>]*>.*<msub><mi>W<\/mi>/);
    expect(html).toContain('fill="currentColor"');
  });

  it("renders display math as a block container", () => {
    const html = texToSvg("\\frac{QK^\\top}{\\sqrt{d_k}}", { display: true });
    expect(html).toMatch(/^<mjx-container [^>]*display="true"/);
    expect(html).toContain('<mjx-assistive-mml unselectable="on" display="block"');
  });

  it("uses no font cache, so there are no shared glyph ids", () => {
    const html = texToSvg("a^2 + b^2 = c^2", { display: false });
    expect(html).not.toMatch(/\sid="/);
    expect(html).not.toContain("<use");
  });

  it("makes the ids that \\label/\\tag create unique per call", () => {
    const tex = "\\begin{equation} a = b \\tag{1}\\label{eq:ab}\\end{equation}";
    const first = texToSvg(tex, { display: true });
    const second = texToSvg(tex, { display: true });
    const idOf = (html: string) => /\sid="([^"]+)"/.exec(html)?.[1];
    expect(idOf(first)).toBeDefined();
    expect(idOf(second)).toBeDefined();
    expect(idOf(first)).not.toBe(idOf(second));
  });

  it.each([
    ["\\frac{1}{", "Missing close brace"],
    ["\\undefinedmacro", "Undefined control sequence \\undefinedmacro"],
    ["x^^2", "Missing open brace for superscript"],
  ])("throws TexError for %s", (tex, message) => {
    let caught: unknown;
    try {
      texToSvg(tex, { display: false });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TexError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as TexError).message).toBe(message);
    expect((caught as TexError).tex).toBe(tex);
  });

  it("keeps working after an error", () => {
    expect(() => texToSvg("\\frac{1}{", { display: false })).toThrow(TexError);
    expect(texToSvg("x", { display: false })).toContain("<math");
  });

  it("is fast once initialised (< 50 ms per formula on average)", () => {
    texToSvg("x", { display: false });
    const formulas = ["q_i \\cdot k_j", "\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}", "y = xW"];
    const start = performance.now();
    for (let i = 0; i < 10; i++) for (const f of formulas) texToSvg(f, { display: i % 2 === 0 });
    const perFormula = (performance.now() - start) / 30;
    expect(perFormula).toBeLessThan(50);
  });
});

describe("src/styles/math.css (the CSS for texToSvg output)", () => {
  it("lays out containers and visually hides the assistive MathML without display:none", () => {
    // Compared without whitespace or comments: the formatter lays the rules out, not the test.
    const css = readFileSync(new URL("../src/styles/math.css", import.meta.url), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, "");
    expect(css).toContain('mjx-container[jax="SVG"][display="true"]{display:block');
    expect(css).toContain("mjx-assistive-mml{position:absolute!important");
    expect(css).toContain("clip:rect(1px,1px,1px,1px)");
    expect(css).not.toMatch(/mjx-assistive-mml[^{]*\{[^}]*display:\s*none/);
  });
});
