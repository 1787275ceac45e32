import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { Resvg } from "@resvg/resvg-js";
import { woffToSfnt } from "./woff.ts";
import type { PreviewCard } from "./template.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Greedy word wrap to at most `maxLines` lines of `width` characters; the last line ends in … if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s.,;:]*$/, "")}…`;
      return lines;
    } else lines.push(word);
  }
  return lines;
}

/** The card as SVG: site name, category, title and summary on the site's light palette. */
export function previewCardSvg(card: PreviewCard, siteName: string): string {
  const title = wrapText(card.title, 28, 2);
  const summary = wrapText(card.summary, 52, 3);
  const titleTop = 250;
  const summaryTop = titleTop + title.length * 78 + 30;
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-family="IBM Plex Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fdfcfa"/>`,
    `<rect width="24" height="${OG_HEIGHT}" fill="#1d58b0"/>`,
    `<rect x="80" y="70" width="56" height="56" rx="10" fill="#1f4e8c"/>`,
    `<path d="M94 116 108 84l14 32M99 105h18" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`,
    text(156, 110, 34, 600, "#1b1f24", siteName),
    text(80, 190, 30, 400, "#545d68", card.required ? `${card.category} · Required concept` : card.category),
    ...title.map((line, i) => text(80, titleTop + i * 78, 68, 600, "#1b1f24", line)),
    ...summary.map((line, i) => text(80, summaryTop + i * 46, 34, 400, "#2f3640", line)),
    `</svg>`,
  ].join("\n");
}

let fontFiles: string[] | undefined;

/** IBM Plex Sans 400 and 600 from @fontsource, unpacked from WOFF to TTF files resvg can load. */
function plexFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  const dir = join(tmpdir(), "attention-og-fonts");
  mkdirSync(dir, { recursive: true });
  fontFiles = [400, 600].map((weight) => {
    const woff = readFileSync(
      require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff`),
    );
    const file = join(dir, `ibm-plex-sans-${weight}.ttf`);
    writeFileSync(file, woffToSfnt(woff));
    return file;
  });
  return fontFiles;
}

/** Renders one card to a 1200 × 630 PNG with the site's own font only (no system fonts). */
export function renderPreviewPng(card: PreviewCard, siteName: string): Buffer {
  const resvg = new Resvg(previewCardSvg(card, siteName), {
    font: { loadSystemFonts: false, fontFiles: plexFontFiles(), defaultFontFamily: "IBM Plex Sans" },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}
