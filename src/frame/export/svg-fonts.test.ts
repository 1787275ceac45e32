import { describe, expect, it } from "vitest";
import { faceFor, facesUsed, fontFaceRule, toBase64, withSiteFont, type FaceWeight } from "./svg-fonts.ts";

const FAMILY = 'font-family="&quot;IBM Plex Sans&quot;, system-ui, sans-serif"';
const doc = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Example</title>${body}</svg>`;

describe("faceFor", () => {
  it.each([
    ["400", 400],
    ["normal", 400],
    ["", 400],
    ["500", 400],
    ["550", 600],
    ["600", 600],
    ["bold", 600],
    ["700", 600],
  ] as const)("draws weight %j with the %i face", (weight, face) => {
    expect(faceFor(weight)).toBe(face);
  });
});

describe("facesUsed", () => {
  it("lists the faces of the site font the text uses, once each, and ignores other fonts", () => {
    const svg = doc(
      `<text ${FAMILY} font-weight="400">a</text><text ${FAMILY} font-weight="600">b</text>` +
        `<text ${FAMILY} font-weight="400">c</text><text font-family="ui-monospace" font-weight="700">1</text>`,
    );
    expect(facesUsed(svg)).toEqual([400, 600]);
  });

  it("is empty for a figure without the site font, and 400 for text with no weight", () => {
    expect(facesUsed(doc('<text font-family="monospace">1</text>'))).toEqual([]);
    expect(facesUsed(doc(`<g><text ${FAMILY}>x</text></g>`))).toEqual([400]);
  });
});

describe("toBase64", () => {
  it("encodes bytes as base64, also past one chunk", () => {
    expect(toBase64(new Uint8Array([77, 97, 110]))).toBe("TWFu");
    const long = new Uint8Array(0x8000 * 2 + 3).map((_, i) => i % 251);
    expect(Buffer.from(toBase64(long), "base64").equals(Buffer.from(long))).toBe(true);
  });
});

describe("withSiteFont", () => {
  it("puts one @font-face per face used, as a WOFF data: URL, right after the title", async () => {
    const asked: FaceWeight[] = [];
    const load = (weight: FaceWeight) => {
      asked.push(weight);
      return Promise.resolve(new Uint8Array(weight === 400 ? [1, 2, 3] : [4, 5, 6]));
    };
    const svg = await withSiteFont(doc(`<text ${FAMILY} font-weight="600">b</text>`), load);
    expect(asked).toEqual([600]);
    expect(svg).toBe(
      doc(`<style type="text/css">${fontFaceRule(600, "BAUG")}</style><text ${FAMILY} font-weight="600">b</text>`),
    );
    expect(fontFaceRule(600, "BAUG")).toBe(
      '@font-face{font-family:"IBM Plex Sans";font-style:normal;font-weight:600;src:url(data:font/woff;base64,BAUG) format("woff")}',
    );
  });

  it("leaves a figure without the site font as it was, without loading anything", async () => {
    const svg = doc('<text font-family="monospace">1</text>');
    const load = () => Promise.reject(new Error("not asked"));
    expect(await withSiteFont(svg, load)).toBe(svg);
  });
});
