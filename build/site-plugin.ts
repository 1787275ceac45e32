import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { loadConceptCatalog } from "./concepts.ts";
import { applyTemplate, type ServerEntry } from "./template.ts";
import { closeMermaidRenderer } from "./mermaid.ts";
import { contentSecurityPolicyFor } from "./csp.ts";

const VIRTUAL_ID = "virtual:concept-catalog";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A readable error page for `npm run dev`: the build message names the file, line and fix. */
function errorPage(error: unknown, base: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build error</title><script type="module" src="${base}@vite/client"></script></head><body style="font:16px/1.5 system-ui;margin:2rem"><h1>This page could not be rendered</h1><pre style="white-space:pre-wrap">${escapeHtml(message)}</pre><p>Fix the file named above and save: the page reloads.</p></body></html>`;
}

/** Only page-like URLs are rendered; assets, modules and Vite's own URLs pass through. */
function isPagePath(path: string): boolean {
  return path.endsWith("/") || path.endsWith(".html") || !/\.[a-z0-9]+$/i.test(path);
}

/** The path of a request URL (no query), or "/" when it cannot be read. */
function requestPath(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://localhost").pathname;
  } catch {
    return "/";
  }
}

/**
 * The site's Vite plugin: serves the validated concept catalogue as a virtual module, and in dev
 * renders every page through the same server entry the build prerenders with.
 */
export function attentionSite({ root = process.cwd() } = {}): Plugin {
  const contentDir = resolve(root, "content");
  let base = "/";

  const invalidateCatalog = (server: ViteDevServer) => {
    for (const environment of Object.values(server.environments)) {
      const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) environment.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: "full-reload" });
  };

  return {
    name: "attention-site",
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(join(contentDir, "categories.json"));
      return `export default ${JSON.stringify(loadConceptCatalog(contentDir, root))};`;
    },
    configurePreviewServer(server) {
      // Every response, assets included, carries the policy a static host is told to send (README):
      // embed pages may be framed by any site, the rest only by the site itself.
      server.middlewares.use((req, res, next) => {
        res.setHeader("Content-Security-Policy", contentSecurityPolicyFor(requestPath(req.url), base));
        next();
      });
      // Serve dist/ as a static host does: /a/ → a/index.html, unknown URLs → 404.html (404).
      return () => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== "GET" && req.method !== "HEAD") return next();
          const outDir = resolve(server.config.root, server.config.build.outDir);
          const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
          const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
          const candidate = inside === undefined ? undefined : resolve(outDir, inside, "index.html");
          const found = candidate?.startsWith(outDir) && existsSync(candidate);
          const file = found ? candidate! : resolve(outDir, "404.html");
          if (!existsSync(file)) return next();
          res.statusCode = found ? 200 : 404;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(req.method === "HEAD" ? undefined : readFileSync(file));
        });
      };
    },
    configureServer(server) {
      const onContentChange = (file: string) => {
        if (file.startsWith(contentDir)) invalidateCatalog(server);
      };
      server.watcher.on("add", onContentChange);
      server.watcher.on("unlink", onContentChange);
      server.watcher.on("change", onContentChange);
      server.httpServer?.once("close", () => void closeMermaidRenderer());
      // Looser than the built site's policy only where Vite's dev client needs it (see build/csp.ts).
      server.middlewares.use((req, res, next) => {
        res.setHeader(
          "Content-Security-Policy",
          contentSecurityPolicyFor(requestPath(req.originalUrl ?? req.url), base, { dev: true }),
        );
        next();
      });

      // Added after Vite's own middlewares, so modules and assets are served first.
      return () =>
        server.middlewares.use(async (req, res, next) => {
          const url = new URL(req.originalUrl ?? req.url ?? "/", "http://localhost");
          if (req.method !== "GET" || !url.pathname.startsWith(base) || !isPagePath(url.pathname)) return next();
          const path = `/${url.pathname.slice(base.length)}`;
          try {
            const template = await server.transformIndexHtml(
              url.pathname,
              readFileSync(resolve(root, "index.html"), "utf8"),
            );
            const entry = (await server.ssrLoadModule("/src/entry-server.tsx")) as ServerEntry;
            const page = await entry.renderRoute(path);
            res.statusCode = page.status;
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.end(applyTemplate(template, page, { dev: true }));
          } catch (error) {
            if (error instanceof Error) server.ssrFixStacktrace(error);
            server.config.logger.error(error instanceof Error ? error.message : String(error));
            res.statusCode = 500;
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.end(errorPage(error, base));
          }
        });
    },
  };
}
