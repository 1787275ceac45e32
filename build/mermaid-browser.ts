/**
 * Runs Mermaid inside headless Chromium (Mermaid needs a real layout engine to
 * measure labels). Only loaded, via dynamic import, when a diagram is not in the
 * on-disk cache, so cached builds never load playwright or start a browser.
 *
 * One browser and one prepared page (Mermaid + font loaded, initialised) are
 * shared by all renders of a process; renders run one at a time on that page.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./find-chromium.mjs";
import { MERMAID_CONFIG, MERMAID_RENDERER_KEY } from "./mermaid-config.ts";

/** What a render in the page produced: an SVG, or Mermaid's error message. */
export type BrowserRenderResult = { ok: true; svg: string } | { ok: false; stage: "parse" | "render"; message: string };

/** The part of Mermaid's browser API used here. */
interface MermaidGlobal {
  initialize(config: unknown): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

const require = createRequire(import.meta.url);

/**
 * The shared browser lives on globalThis, not in module variables: Vite loads the config (and so
 * this file) once per build environment, and the build must be able to close a browser that the
 * SSR environment's copy of this module opened, or the process never exits.
 */
interface RendererState {
  session: Promise<{ browser: Browser; page: Page }> | undefined;
  queue: Promise<unknown>;
}
const state: RendererState = ((globalThis as Record<symbol, unknown>)[MERMAID_RENDERER_KEY] ??= {
  session: undefined,
  queue: Promise.resolve(),
}) as RendererState;

/** The site's body font as an @font-face with a data: URL, so the page needs no server. */
function fontFaceCss(): string {
  const file = require.resolve("@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff2");
  const data = readFileSync(file).toString("base64");
  return `@font-face{font-family:"IBM Plex Sans";font-style:normal;font-weight:400;src:url(data:font/woff2;base64,${data}) format("woff2")}`;
}

async function openSession(executablePath: string): Promise<{ browser: Browser; page: Page }> {
  // Imported here, not at the top, so that bundling this file (e.g. into Vite's
  // config bundle) never turns playwright into a start-up import.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addStyleTag({ content: fontFaceCss() });
    await page.addScriptTag({ path: require.resolve("mermaid/dist/mermaid.min.js") });
    await page.evaluate(async (config) => {
      // Fonts load lazily; ask for this one explicitly so labels are measured with it.
      // (`check()` alone would also pass if the face were missing altogether.)
      const faces = await document.fonts.load('16px "IBM Plex Sans"');
      await document.fonts.ready;
      if (faces.length === 0 || faces.some((face) => face.status !== "loaded")) {
        throw new Error("IBM Plex Sans did not load in Chromium; labels would be measured with another font");
      }
      (window as unknown as { mermaid: MermaidGlobal }).mermaid.initialize(config);
    }, MERMAID_CONFIG);
    return { browser, page };
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}

/** A render that takes longer than this has hung (a cold start takes about 4 s). */
const RENDER_TIMEOUT_MS = 60_000;

/** Rejects when `work` has not settled in `ms`, so a stuck browser fails the build instead of hanging it. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not finish rendering within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Parses, then renders, one diagram with the given element id. A parse failure
 * is returned (not thrown) with Mermaid's message, so the caller can say where.
 */
export function renderInBrowser(executablePath: string, id: string, source: string): Promise<BrowserRenderResult> {
  const run = async (): Promise<BrowserRenderResult> => {
    if (!state.session) {
      const opening = openSession(executablePath);
      state.session = opening;
      opening.catch(() => {
        if (state.session === opening) state.session = undefined;
      });
    }
    const { page } = await state.session;
    return page.evaluate(
      async ({ id, source }): Promise<BrowserRenderResult> => {
        const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
        const messageOf = (err: unknown) =>
          String(err && typeof err === "object" && "message" in err ? (err as Error).message : err);
        try {
          await mermaid.parse(source);
        } catch (err) {
          return { ok: false, stage: "parse", message: messageOf(err) };
        }
        try {
          const { svg } = await mermaid.render(id, source);
          return { ok: true, svg };
        } catch (err) {
          document.getElementById(`d${id}`)?.remove();
          return { ok: false, stage: "render", message: messageOf(err) };
        }
      },
      { id, source },
    );
  };
  const result = state.queue.then(
    () => withTimeout(run(), RENDER_TIMEOUT_MS),
    () => withTimeout(run(), RENDER_TIMEOUT_MS),
  );
  state.queue = result.catch(() => undefined);
  return result;
}

/** Closes the shared browser, if one was started. */
export async function closeBrowser(): Promise<void> {
  const current = state.session;
  state.session = undefined;
  if (!current) return;
  const { browser } = await current.catch(() => ({ browser: undefined }));
  await browser?.close();
}
