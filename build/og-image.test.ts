import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff.ts";
import { OG_HEIGHT, OG_WIDTH, renderPreviewPng, wrapText } from "./og-image.ts";
import { parseSiteUrl, robotsTxt, sitemapXml } from "./prerender.ts";

const require = createRequire(import.meta.url);

describe("woffToSfnt", () => {
  it("unpacks IBM Plex Sans to a TrueType file with the same tables", () => {
    const woff = readFileSync(require.resolve("@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff"));
    const ttf = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // same flavour (0x00010000 for TrueType)
    expect(ttf.readUInt16BE(4)).toBe(numTables);
    // The WOFF header's totalSfntSize is the size of the original font file.
    expect(ttf.length).toBe(woff.readUInt32BE(16));
    const tags = Array.from({ length: numTables }, (_, i) => ttf.toString("latin1", 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "name"]));
  });

  it("rejects WOFF2 and other files with a message saying what is accepted", () => {
    expect(() => woffToSfnt(Buffer.from("wOF2...."))).toThrow(/Expected a WOFF 1.0 file/);
  });
});

describe("preview images", () => {
  it("renderPreviewPng draws a 1200 × 630 PNG", () => {
    const png = renderPreviewPng(
      {
        slug: "x",
        title: "Q, K, and V Projections",
        summary: "Why the same embedding is remixed into three vectors.",
        category: "Foundations",
        required: true,
      },
      "Attention, by Hand",
    );
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });

  it("wrapText ends a cut line with an ellipsis", () => {
    expect(wrapText("one two three four", 9, 2)).toEqual(["one two", "three…"]);
  });
});

describe("sitemap, robots and SITE_URL", () => {
  it("sitemapXml lists absolute URLs below the base", () => {
    const xml = sitemapXml(["/", "/concepts/a/"], "https://example.org", "/attention/");
    expect(xml).toContain("<loc>https://example.org/attention/</loc>");
    expect(xml).toContain("<loc>https://example.org/attention/concepts/a/</loc>");
  });

  it("robotsTxt names the sitemap only when the site URL is known", () => {
    expect(robotsTxt("https://example.org", "/")).toContain("Sitemap: https://example.org/sitemap.xml");
    expect(robotsTxt(undefined, "/")).not.toContain("Sitemap");
  });

  it.each(["example.org", "https://example.org/attention/", "ftp://example.org"])(
    "parseSiteUrl(%j) explains what is expected",
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/Expected .*origin/);
    },
  );

  it("parseSiteUrl keeps the origin only", () => {
    expect(parseSiteUrl("https://example.org/")).toBe("https://example.org");
    expect(parseSiteUrl(undefined)).toBeUndefined();
  });
});
