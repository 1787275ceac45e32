import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { SITE_NAME } from "../src/site.ts";

/** The manifest's file name below the site base; every page links it (src/pages/head.ts). */
export const WEB_APP_MANIFEST = "manifest.webmanifest";

/** The favicon's blue: the installed app's title bar and splash screen. */
export const THEME_COLOR = "#1f4e8c";
/** The page background of the light theme (src/styles/site.css `--bg`). */
export const BACKGROUND_COLOR = "#fdfcfa";

/** One app icon the build draws from public/favicon.svg. */
export interface AppIcon {
  readonly file: string;
  readonly size: number;
  /** `maskable`: the mark sits inside the middle 80 %, on a full-bleed background, so a launcher may crop it to any shape. */
  readonly purpose: "any" | "maskable";
}

export const APP_ICONS: readonly AppIcon[] = [
  { file: "icons/icon-192.png", size: 192, purpose: "any" },
  { file: "icons/icon-512.png", size: 512, purpose: "any" },
  { file: "icons/icon-maskable-512.png", size: 512, purpose: "maskable" },
  { file: "icons/apple-touch-icon.png", size: 180, purpose: "maskable" },
];

/**
 * The web app manifest: lets a classroom machine install the site as an app that opens in its
 * own window and works offline (with the service worker, build/service-worker.ts). Every URL is
 * relative to the manifest, which lives at the site base, so `start_url` and `scope` are the
 * base (`/` or SITE_BASE) whatever it is.
 */
export function webAppManifest(): Record<string, unknown> {
  return {
    id: "./",
    name: SITE_NAME,
    short_name: "By Hand",
    description:
      "Transformer self-attention from Q, K and V to the KV cache, with small numbers you can inspect and check by hand.",
    lang: "en",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: BACKGROUND_COLOR,
    theme_color: THEME_COLOR,
    icons: APP_ICONS.filter((icon) => !icon.file.includes("apple-touch")).map((icon) => ({
      src: icon.file,
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.purpose,
    })),
  };
}

/**
 * The favicon redrawn for a maskable icon: its rounded square becomes a full square and its mark
 * shrinks to the safe zone (the middle 80 %, here 60 % for some margin).
 */
export function maskableSvg(favicon: string): string {
  const mark = /<path[\s\S]*?\/>/.exec(favicon)?.[0];
  if (!mark) throw new Error("public/favicon.svg: expected one <path> (the mark) to place on the maskable icon.");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME_COLOR}"/><g transform="translate(6.4 6.4) scale(0.6)">${mark}</g></svg>`;
}

/** Writes manifest.webmanifest and the PNG icons (drawn from public/favicon.svg with resvg) into outDir. */
export async function writeWebApp(outDir: string, faviconFile: string): Promise<void> {
  const favicon = await readFile(faviconFile, "utf8");
  await mkdir(join(outDir, "icons"), { recursive: true });
  for (const icon of APP_ICONS) {
    const svg = icon.purpose === "maskable" ? maskableSvg(favicon) : favicon;
    const png = new Resvg(svg, { fitTo: { mode: "width", value: icon.size } }).render().asPng();
    await writeFile(join(outDir, icon.file), png);
  }
  await writeFile(join(outDir, WEB_APP_MANIFEST), `${JSON.stringify(webAppManifest(), null, 2)}\n`);
}
