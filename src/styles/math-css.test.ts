import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mathjaxCss } from "../../build/mathjax.ts";

describe("src/styles/math.css", () => {
  it("contains every rule of mathjaxCss(), so build-time formulas lay out as MathJax intends", () => {
    const css = readFileSync(new URL("./math.css", import.meta.url), "utf8");
    const rules = mathjaxCss().split("\n").filter((line) => line.trim() !== "");
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(css).toContain(rule);
  });
});
