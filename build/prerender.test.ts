import { describe, expect, it } from "vitest";
import { withFontPreloads } from "./prerender.ts";

const TEMPLATE = `<head>
    <!--app-head-->
    <link rel="stylesheet" href="/assets/index-abc.css">
  </head>`;

describe("withFontPreloads", () => {
  it("puts one preload per font file before the stylesheet, under the site base", () => {
    const html = withFontPreloads(TEMPLATE, ["a-400.woff2", "a-600.woff2"], "/attention/");
    const preload400 = html.indexOf('<link rel="preload" href="/attention/assets/a-400.woff2" as="font" type="font/woff2" crossorigin>');
    const preload600 = html.indexOf('href="/attention/assets/a-600.woff2"');
    const stylesheet = html.indexOf('<link rel="stylesheet"');
    expect(preload400).toBeGreaterThan(-1);
    expect(preload600).toBeGreaterThan(preload400);
    expect(stylesheet).toBeGreaterThan(preload600);
  });

  it("leaves the template alone when the build emitted no font", () => {
    expect(withFontPreloads(TEMPLATE, [], "/")).toBe(TEMPLATE);
  });

  it("falls back to the end of <head> when the template has no stylesheet link", () => {
    const html = withFontPreloads("<head><title>x</title></head>", ["f.woff2"], "/");
    expect(html).toMatch(/<link rel="preload" href="\/assets\/f\.woff2"[^>]*>\s*<\/head>/);
  });
});
