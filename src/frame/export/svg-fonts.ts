/**
 * The site's font carried inside an exported SVG, so that the file renders in IBM Plex Sans on a
 * machine without it (a slide deck, another browser's <img>, a converter): an @font-face rule per
 * face the figure's text uses, with the font as a data: URL. The faces are the Latin subset files
 * the site itself serves (about 22 KB each as WOFF, the format every SVG renderer that reads
 * @font-face accepts); a figure written only in other fonts carries none.
 */
import regularUrl from "@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff?url";
import semiboldUrl from "@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff?url";

/** The family name the site's text is set in (src/styles/fonts.css). */
export const SITE_FONT = "IBM Plex Sans";

/** The site font's two faces, by CSS weight. */
export type FaceWeight = 400 | 600;

const FACE_URLS: Readonly<Record<FaceWeight, string>> = { 400: regularUrl, 600: semiboldUrl };

/** The face a CSS weight is drawn with: 600 for 550 and above (semibold, bold), else 400. */
export function faceFor(weight: string): FaceWeight {
  const value = weight === "bold" ? 700 : weight === "normal" || weight === "" ? 400 : Number(weight);
  return Number.isFinite(value) && value >= 550 ? 600 : 400;
}

/**
 * The faces of the site font that the SVG's text uses: each <text> (or <tspan>) whose
 * font-family names IBM Plex Sans, by its font-weight (400 when it has none).
 */
export function facesUsed(svg: string): FaceWeight[] {
  const faces = new Set<FaceWeight>();
  for (const [tag] of svg.matchAll(/<(?:text|tspan)\b[^>]*>/g)) {
    const family = /\bfont-family="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (!family.replace(/&quot;/g, '"').includes(SITE_FONT)) continue;
    faces.add(faceFor(/\bfont-weight="([^"]*)"/.exec(tag)?.[1] ?? "400"));
  }
  return [...faces].sort((a, b) => a - b);
}

/** One @font-face rule for a face given as WOFF bytes, base64-encoded. */
export function fontFaceRule(weight: FaceWeight, woffBase64: string): string {
  return `@font-face{font-family:"${SITE_FONT}";font-style:normal;font-weight:${weight};src:url(data:font/woff;base64,${woffBase64}) format("woff")}`;
}

/** Bytes as base64, in chunks (String.fromCharCode takes a limited number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fetches a face's WOFF file as served by the site (the browser usually has it cached). */
async function fetchFace(weight: FaceWeight): Promise<Uint8Array> {
  const response = await fetch(FACE_URLS[weight]);
  if (!response.ok)
    throw new Error(`Could not load the font for the download (${response.status} for ${FACE_URLS[weight]}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The SVG document with a <style> of @font-face rules for the faces of the site font its text uses,
 * placed right after its <title>; unchanged if it uses none. `load` gives a face's WOFF bytes.
 */
export async function withSiteFont(
  svg: string,
  load: (weight: FaceWeight) => Promise<Uint8Array> = fetchFace,
): Promise<string> {
  const faces = facesUsed(svg);
  if (faces.length === 0) return svg;
  const rules = await Promise.all(faces.map(async (weight) => fontFaceRule(weight, toBase64(await load(weight)))));
  const style = `<style type="text/css">${rules.join("")}</style>`;
  const at = svg.indexOf("</title>");
  if (at < 0) return svg.replace(/(<svg\b[^>]*>)/, `$1${style}`);
  return `${svg.slice(0, at + "</title>".length)}${style}${svg.slice(at + "</title>".length)}`;
}
