import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { themeSwitchCss } from "./theme-css.ts";

async function themed(css: string): Promise<string> {
  return (await postcss([themeSwitchCss()]).process(css, { from: undefined })).css;
}

describe("themeSwitchCss", () => {
  it("makes a dark media block answer data-theme both ways", async () => {
    const out = await themed(
      ":root { --bg: white; }\n@media (prefers-color-scheme: dark) { :root { --bg: black; } .x, .y { fill: red; } }",
    );
    expect(out).toContain(':root[data-theme="dark"] { --bg: black; }');
    expect(out).toMatch(/:root\[data-theme="dark"\] \.x,\s*:root\[data-theme="dark"\] \.y/);
    expect(out).toMatch(
      /@media \(prefers-color-scheme: dark\) \{ :root:not\(\[data-theme="light"\]\) \{ --bg: black; \}/,
    );
  });

  it("scopes a selector that starts at :root without nesting a second :root", async () => {
    const out = await themed("@media (prefers-color-scheme: dark) { :root .a b { fill: red; } }");
    expect(out).toContain(':root[data-theme="dark"] .a b { fill: red; }');
    expect(out).toContain(':root:not([data-theme="light"]) .a b { fill: red; }');
  });

  it("keeps each selector's specificity (no :where())", async () => {
    expect(await themed("@media (prefers-color-scheme: dark) { .x { fill: red; } }")).not.toContain(":where(");
  });
});
