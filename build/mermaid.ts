/**
 * Mermaid diagram → inline SVG at build time, cached on disk by content hash.
 *
 * The cache (`<cacheDir>/<key>.svg`) is committed, so a build needs Chromium
 * only for a diagram that is new or changed. On a cache hit nothing but the file
 * is read: playwright is imported (dynamically) only on a miss.
 * Theming and accessibility of the output are described in mermaid-svg.ts.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { MISSING_CHROMIUM_HELP, findChromium } from "./find-chromium.mjs";
import { RENDER_CONFIG_VERSION, mermaidBrowserOpen } from "./mermaid-config.ts";
import { finishMermaidSvg } from "./mermaid-svg.ts";

/** A diagram Mermaid could not parse or render; the message starts with `file:line`. */
export class MermaidError extends Error {
  override name = "MermaidError";
}

export interface RenderMermaidOptions {
  /** Folder of cached SVGs, `<key>.svg`; created when needed. */
  cacheDir: string;
  /**
   * Where the diagram is, for messages: `"content/x.mdx:12"`, the line being the
   * opening ```` ```mermaid ```` fence. Mermaid's "line N" is then reported as `12 + N`.
   */
  where: string;
  /**
   * Chromium to use on a cache miss. Default: findChromium(). `null` means
   * "there is none" (tests use it to prove a render came from the cache).
   */
  chromiumPath?: string | null;
}

const mermaidVersion: string = (createRequire(import.meta.url)("mermaid/package.json") as { version: string }).version;

/** Content hash naming a diagram's cache file: changes with Mermaid, our render config, or the source. */
export function mermaidCacheKey(source: string): string {
  return createHash("sha256")
    .update(`mermaid@${mermaidVersion}\n${RENDER_CONFIG_VERSION}\n${source}`)
    .digest("hex")
    .slice(0, 20);
}

/** Deterministic element id, so cached output is reproducible and diagrams on one page differ. */
export function mermaidElementId(key: string): string {
  return `mmd-${key.slice(0, 8)}`;
}

/**
 * Turns `where` + Mermaid's "Parse error on line N" into the file line, when
 * `where` ends in `:line`. Mermaid sometimes reports one line past the end (an
 * unclosed bracket), so N is clamped to the diagram.
 */
function locate(where: string, message: string, source: string): string {
  const fence = /^(.*):(\d+)$/.exec(where);
  const reported = /\bline (\d+)\b/.exec(message);
  if (!fence || !reported) return where;
  const lines = source.split("\n").length;
  const line = Math.min(Math.max(Number(reported[1]), 1), lines);
  return `${fence[1]}:${Number(fence[2]) + line}`;
}

function parseError(where: string, message: string, source: string): MermaidError {
  const detail = message.trim().replace(/\bline (\d+):/, "line $1 of the diagram:");
  return new MermaidError(
    `${locate(where, message, source)}: Mermaid could not parse this diagram: ${detail}\n` +
      "Check the diagram syntax (diagram type on the first line, matched brackets and quotes) " +
      "against https://mermaid.js.org/intro/syntax-reference.html",
  );
}

async function readCached(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** Writes through a temporary file, so a concurrent build never reads half an SVG. */
async function writeCached(file: string, svg: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, svg, "utf8");
  await rename(tmp, file);
}

let browserModule: Promise<typeof import("./mermaid-browser.ts")> | undefined;

/**
 * Returns the diagram's SVG (root `role="img"`, themable by CSS), from the cache
 * or by rendering it in Chromium. Throws MermaidError for syntax errors, and an
 * Error with install help when a render is needed and no Chromium exists.
 */
export async function renderMermaid(source: string, opts: RenderMermaidOptions): Promise<string> {
  const key = mermaidCacheKey(source);
  const file = join(opts.cacheDir, `${key}.svg`);
  const cached = await readCached(file);
  if (cached !== undefined) return cached;

  const chromiumPath = opts.chromiumPath === undefined ? findChromium() : opts.chromiumPath;
  if (!chromiumPath) {
    throw new Error(
      `${opts.where}: this Mermaid diagram is new or changed (no ${key}.svg in ${opts.cacheDir}), ` +
        `so it must be rendered once in Chromium, and none was found.\n${MISSING_CHROMIUM_HELP}`,
    );
  }

  browserModule ??= import("./mermaid-browser.ts");
  const { renderInBrowser } = await browserModule;
  const id = mermaidElementId(key);
  let result: Awaited<ReturnType<typeof renderInBrowser>>;
  try {
    result = await renderInBrowser(chromiumPath, id, source);
  } catch (err) {
    throw new Error(
      `${opts.where}: this Mermaid diagram is new or changed and Chromium (${chromiumPath}) failed to render it: ` +
        `${(err as Error).message}\n${MISSING_CHROMIUM_HELP}`,
      { cause: err },
    );
  }
  if (!result.ok) {
    if (result.stage === "parse") throw parseError(opts.where, result.message, source);
    throw new MermaidError(`${opts.where}: Mermaid could not render this diagram: ${result.message.trim()}`);
  }
  const svg = finishMermaidSvg(result.svg, id);
  await mkdir(opts.cacheDir, { recursive: true });
  await writeCached(file, svg);
  return svg;
}

/** Closes the shared Chromium, if a render started one. Call at the end of a build. */
export async function closeMermaidRenderer(): Promise<void> {
  // The browser may have been opened by another copy of this module (Vite loads the config once
  // per build environment), so look at the shared state, not only at this copy's import.
  if (!mermaidBrowserOpen()) return;
  browserModule ??= import("./mermaid-browser.ts");
  const { closeBrowser } = await browserModule;
  await closeBrowser();
}
