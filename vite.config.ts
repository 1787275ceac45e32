import { resolve } from "node:path";
import { defineConfig, type PluginOption } from "vite";
import react from "@vitejs/plugin-react";
import mdx from "@mdx-js/rollup";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import { remarkMathSvg } from "./build/remark-math-svg.ts";
import { remarkMermaid } from "./build/remark-mermaid.ts";
import { remarkCheckComponents } from "./build/remark-check-components.ts";
import { remarkValues } from "./build/remark-values.ts";
import { componentRegistry } from "./build/component-registry.ts";
import { closeMermaidRenderer } from "./build/mermaid.ts";
import { attentionSite } from "./build/site-plugin.ts";
import { prerenderSite } from "./build/prerender.ts";
import { themeSwitchCss } from "./build/theme-css.ts";
import { writeWebApp } from "./build/web-app-manifest.ts";
import { buildSearchIndex } from "./build/search-index.ts";
import { writeServiceWorker } from "./build/service-worker.ts";

const root = import.meta.dirname;
/** Where the static site is written; SITE_OUT_DIR lets tools build a copy elsewhere. */
const outDir = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
/** The server bundle lives inside the project (so it resolves node_modules) and is removed after prerendering. */
const serverOutDir = resolve(
  root,
  "node_modules/.attention-ssr",
  process.env.SITE_OUT_DIR ? process.env.SITE_OUT_DIR.replace(/[^a-zA-Z0-9_-]+/g, "_") : "dist",
);

/** The props schemas of the example folders, for the MDX props check (see build/component-registry.ts). */
const registry = componentRegistry(root);

/** Set SITE_BASE=/attention/ to serve the site from a sub-path; every link and asset follows. */
const base = process.env.SITE_BASE ?? "/";

/** A regular expression for the modules `src/<folder>/<file>.ts(x)`, each entry "folder/(file|file…)". */
function sourceFiles(entries: readonly string[]): RegExp {
  const path = (entry: string) => `[\\\\/]src[\\\\/]${entry.replaceAll("/", "[\\\\/]")}\\.tsx?$`;
  return new RegExp(entries.map(path).join("|"));
}

/**
 * What every island loads, whatever it is: a worked example's frame, its inspection and the math
 * of its formulas; Check yourself (on every concept page); the Share menu and links; the hydrate
 * step. One chunk. Split in two (examples, exercises), the pages with examples (24 of 26 concept
 * pages) loaded 1.7 KB more; the two pages with only exercises load 3-5 KB they do not use. Not in
 * it: what the site script loads on its own (the presenter reads the address with url-state.ts,
 * the index's marks read progress.ts), so that presenting or the index never fetch it, and the
 * island table (load-island.ts), which the boot fetches alongside it.
 */
const ISLAND_CORE = sourceFiles([
  "frame/(context|ExampleTools|shared-edits|ExampleFrame|links|ShareMenu|embed-measure|host)",
  "values/(publish|usePublishedValues)",
  "inspect/(memo-by-value|MatrixGrid|useInspection)",
  "exercises/(embed/ExercisesShare|CheckYourselfLive|CheckYourselfLoader|CheckYourselfParts|answer|generate|judge|worksheet/variants|families|seed-param|kinds|variant-numbers)",
  "islands/(handler-errors|hydrate|IslandBoundary)",
  "math/(vector|matrix|explain|compare|format|random|shape)",
  "(tokens/token-colours|text/InWords|site)",
]);

export default defineConfig({
  base,
  appType: "custom",
  // `@media (prefers-color-scheme: dark)` blocks also answer the theme switch (<html data-theme>).
  css: { postcss: { plugins: [themeSwitchCss()] } },
  plugins: [
    {
      enforce: "pre",
      ...mdx({
        remarkPlugins: [
          remarkFrontmatter,
          remarkMath,
          remarkMathSvg,
          [remarkMermaid, { cacheDir: resolve(root, "build/mermaid-cache") }],
          [remarkCheckComponents, { registry: registry.load }],
          [remarkValues, { registry: registry.load }],
        ],
      }),
    } as PluginOption,
    react({ include: /\.(mdx|tsx|ts)$/ }),
    attentionSite({ root }),
    registry.plugin,
  ],
  build: {
    outDir,
    emptyOutDir: true,
    // The manifest tells the prerender step the hashed URL of the site-chrome entry (src/chrome/),
    // a second client entry that every page loads; it is deleted after prerendering.
    manifest: true,
    // What a dynamic import asks the browser to fetch alongside the chunk it imports: every file
    // that chunk needs (so they download at once, not one level of imports after another), less
    // the chunk itself (the import fetches it) and the site script every page has already run.
    // Each list is written into the importing chunk, so each name left out is bytes saved there.
    modulePreload: {
      resolveDependencies: (filename, deps) => deps.filter((dep) => dep !== filename && !isSiteScript(dep)),
    },
    rollupOptions: {
      input: { index: resolve(root, "index.html"), chrome: resolve(root, "src/chrome/main.ts") },
      // src/math is pure (no DOM, nothing done on import): the index, which only re-exports, then
      // brings in only what is used, and a page loads only the math its islands use (before, one
      // shared chunk gave the projection page the decoder's and the KV cache's code).
      treeshake: { moduleSideEffects: (id: string) => !isMathModule(id) },
    },
  },
  environments: {
    client: {
      build: {
        rollupOptions: {
          // React, ReactDOM and the scheduler in one chunk, and what every island needs in another
          // (ISLAND_CORE). Left to itself, the bundler split them into about 30 files by which
          // islands import each, every one of them loaded on every page with an example, each
          // compressed on its own: about 8 KB gzip more than the same code in two files.
          output: {
            codeSplitting: {
              groups: [
                {
                  name: "react",
                  test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                  includeDependenciesRecursively: false,
                },
                {
                  name: "island-core",
                  test: (id: string) => ISLAND_CORE.test(id),
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
      },
    },
    ssr: {
      build: {
        outDir: serverOutDir,
        emptyOutDir: false,
        rollupOptions: { input: resolve(root, "src/entry-server.tsx") },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!);
      try {
        await builder.build(builder.environments.ssr!);
      } finally {
        await closeMermaidRenderer();
      }
      try {
        const pages = await prerenderSite(outDir, resolve(serverOutDir, "entry-server.js"), {
          siteUrl: process.env.SITE_URL,
          base,
          log: (message) => builder.config.logger.info(message),
        });
        builder.config.logger.info(`prerendered ${pages.length} pages`);
      } finally {
        // A diagram rendered while prerendering would otherwise keep the build process alive.
        await closeMermaidRenderer();
      }
      // Installable (manifest and icons), searchable (Pagefind), then offline: the service worker
      // comes last, as it lists every file the build wrote (README: Search, Offline use).
      await writeWebApp(outDir, resolve(root, "public/favicon.svg"));
      const search = await buildSearchIndex(outDir);
      builder.config.logger.info(`search index: ${search.pages} concept pages`);
      const worker = await writeServiceWorker(outDir);
      builder.config.logger.info(
        `service worker: precaches ${worker.count} files, ${(worker.size / 1e6).toFixed(2)} MB`,
      );
    },
  },
});

/** Whether an output file is the site script's chunk (src/chrome/main.ts, the `chrome` entry). */
function isSiteScript(file: string): boolean {
  return /(^|\/)chrome-[\w-]+\.js$/.test(file);
}

/** Whether `id` is a module of src/math/ (pure functions and constants). */
function isMathModule(id: string): boolean {
  return /\/src\/math\/[\w-]+\.ts$/.test(id);
}
