import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { contentSecurityPolicyFor } from "../../build/csp.ts";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain",
  ".xml": "application/xml",
};

/** A running static host, and how to stop it. */
export interface StaticHost {
  readonly origin: string;
  /** How many requests reached the host (a page served by the service worker adds none). */
  readonly requests: () => number;
  close(): Promise<void>;
}

/**
 * Serves `dir` at `base` on 127.0.0.1 (a free port) the way a static host configured as the
 * README says does: `x/` → x/index.html, anything missing → 404.html with status 404, and the
 * site's Content-Security-Policy on every response. For tests that need a copy of the site of
 * their own (a second build, a sub-path) next to the preview server.
 */
export async function startStaticHost(dir: string, base = "/"): Promise<StaticHost> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    count++;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file !== undefined && file.startsWith(dir) && existsSync(file);
    const served = found ? file! : join(dir, "404.html");
    res.writeHead(found ? 200 : 404, {
      "Content-Type": TYPES[extname(served)] ?? "application/octet-stream",
      "Content-Security-Policy": contentSecurityPolicyFor(path, base),
      "Cache-Control": "no-cache",
    });
    res.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections open
      }),
  };
}
