import { compile } from "@mdx-js/mdx";
import remarkMath from "remark-math";
import { describe, expect, it } from "vitest";
import { remarkMathSvg } from "./remark-math-svg.ts";

/** Compiles MDX as the site does (remark-math first), for a file inside the project. */
function compileMdx(value: string, path = `${process.cwd()}/content/example.mdx`) {
  return compile({ value, path }, { remarkPlugins: [remarkMath, remarkMathSvg] });
}

describe("remarkMathSvg", () => {
  it("turns inline and display math into MathFormula elements with the SVG", async () => {
    const out = String(await compileMdx("Component $y_j$ uses column $j$.\n\n$$\ny = xW\n$$\n"));
    expect(out).toContain("MathFormula");
    expect(out).toMatch(/display: "inline",\s*tex: "y_j",\s*html: "<mjx-container/);
    expect(out).toMatch(
      /display: "block",\s*tex: "y = xW",\s*html: "<mjx-container class=\\"MathJax\\" jax=\\"SVG\\" display=\\"true\\"/,
    );
    expect(out).toContain("<mjx-assistive-mml");
    expect(out).not.toMatch(/class: "math/);
  });

  it("renders math inside JSX children too", async () => {
    const out = String(await compileMdx("<Note>\n  Here $a+b$ adds.\n</Note>\n"));
    expect(out).toMatch(/tex: "a\+b"/);
  });

  it("fails on a broken formula, naming file, line, column, TeX and MathJax message", async () => {
    const source = "# Title\n\nSome text and $\\frac{1}{$ here.\n";
    await expect(compileMdx(source)).rejects.toThrow(
      'content/example.mdx:3:15: TeX error in formula "\\frac{1}{": Missing close brace. Fix the TeX (braces, commands) in this formula.',
    );
  });

  it("fails on an undefined macro in display math with its line", async () => {
    const source = "Intro.\n\n$$\n\\undefinedmacro{x}\n$$\n";
    await expect(compileMdx(source)).rejects.toThrow(
      /^content\/example\.mdx:3:1: TeX error in formula "\\undefinedmacro\{x\}": Undefined control sequence \\undefinedmacro/,
    );
  });
});
