import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  APP_ICONS,
  THEME_COLOR,
  WEB_APP_MANIFEST,
  maskableSvg,
  webAppManifest,
  writeWebApp,
} from "./web-app-manifest.ts";

const FAVICON = new URL("../public/favicon.svg", import.meta.url);

describe("the web app manifest", () => {
  it("opens the site in its own window at the base, with the site's name and colours", () => {
    expect(webAppManifest()).toMatchObject({
      name: "Attention, by Hand",
      display: "standalone",
      start_url: "./",
      scope: "./",
      theme_color: THEME_COLOR,
    });
  });

  it.each(["/", "/attention/"])(
    "resolves start_url, scope and icons below the base %j (the manifest lives there)",
    (base) => {
      const manifestUrl = new URL(`${base}${WEB_APP_MANIFEST}`, "https://example.org");
      const manifest = webAppManifest() as { start_url: string; scope: string; icons: { src: string }[] };
      expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(base);
      expect(new URL(manifest.scope, manifestUrl).pathname).toBe(base);
      for (const icon of manifest.icons)
        expect(new URL(icon.src, manifestUrl).pathname).toMatch(new RegExp(`^${base}icons/`));
    },
  );

  it("lists a 192 px and a 512 px icon, and a maskable one", () => {
    const icons = (webAppManifest() as { icons: { sizes: string; purpose: string }[] }).icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
  });

  it("maskableSvg(favicon) fills the square and keeps the mark inside the safe zone", async () => {
    const svg = maskableSvg(await readFile(FAVICON, "utf8"));
    expect(svg).toContain(`<rect width="32" height="32" fill="${THEME_COLOR}"/>`);
    expect(svg).toContain('transform="translate(6.4 6.4) scale(0.6)"');
    expect(() => maskableSvg("<svg></svg>")).toThrow(/favicon\.svg: expected one <path>/);
  });

  it("writeWebApp draws each icon as a PNG of its size and writes the manifest", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "web-app-"));
    try {
      await writeWebApp(outDir, FAVICON.pathname);
      for (const icon of APP_ICONS) {
        const png = await readFile(join(outDir, icon.file));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([icon.size, icon.size]);
      }
      expect(JSON.parse(await readFile(join(outDir, WEB_APP_MANIFEST), "utf8"))).toEqual(webAppManifest());
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
