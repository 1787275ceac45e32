/**
 * The Content-Security-Policy the site is served with: `vite preview` sends it on every response
 * (build/site-plugin.ts), the browser tests check every page and island work under it, and the
 * README gives it to static hosts. Keep the README's copy equal to CONTENT_SECURITY_POLICY.
 *
 * Scripts: only the site's own files (`script-src 'self'`): no inline script, no eval. The one
 * addition is `'wasm-unsafe-eval'`, which lets the full-text search (Pagefind) compile its
 * WebAssembly module, fetched from the site itself; it allows no JavaScript eval, no inline
 * script and no other origin (WebAssembly.compile/instantiate only).
 * Workers: no `worker-src`, so workers fall back to `script-src` (worker-src → child-src →
 * script-src): only the site's own files, i.e. the service worker (sw.js) and Pagefind's search
 * worker. Without 'wasm-unsafe-eval' that worker fails and Pagefind warns and searches on the
 * main thread, where the same WebAssembly is refused too.
 * Styles: `'unsafe-inline'` is needed for style *attributes* in the prerendered HTML (React's
 * `style={…}` on grids and plots, MathJax's SVG sizes) and for the `<style>` element inside each
 * Mermaid diagram. Neither can carry a nonce in a static file, and hashes of the diagrams' styles
 * would change the header whenever a diagram changes. Inline CSS cannot run code.
 * Images: `blob:` as well, because "Download PNG" draws the example's SVG through an <img> whose
 * source is a blob: URL made by the page itself.
 * Framing: only the site itself, except the embed pages (see EMBED_CONTENT_SECURITY_POLICY).
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");

/** Replaces one directive (found by its name) of a policy given as a list. */
function withDirective(directives: readonly string[], directive: string): string[] {
  const name = directive.split(" ")[0];
  return directives.map((d) => (d.split(" ")[0] === name ? directive : d));
}

/**
 * The policy of the embed pages (`/embed/…`): the same, except that any site may show them in an
 * iframe (`frame-ancestors *`), which is what they are for. They hold one example and no form.
 */
export const EMBED_CONTENT_SECURITY_POLICY = withDirective(CSP_DIRECTIVES, "frame-ancestors *").join("; ");

/** Whether a URL path (with the site base, e.g. `/attention/embed/…`) is an embed page. */
export function isEmbedPath(pathname: string, base = "/"): boolean {
  return pathname.startsWith(`${base.replace(/\/?$/, "/")}embed/`);
}

/**
 * `npm run dev` only: @vitejs/plugin-react injects an inline module script (the React Refresh
 * preamble) and Vite's client talks to the dev server over a WebSocket, so dev allows inline
 * scripts and ws: connections. Everything else is as strict as the built site.
 */
export const DEV_CONTENT_SECURITY_POLICY = withDirective(
  withDirective(CSP_DIRECTIVES, "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'"),
  "connect-src 'self' ws: wss:",
).join("; ");

/**
 * The policy to send for one request path: embed pages may be framed by any site, everything
 * else only by the site. `dev` gives `npm run dev`'s looser script and connect rules.
 */
export function contentSecurityPolicyFor(pathname: string, base = "/", { dev = false } = {}): string {
  const policy = dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  return isEmbedPath(pathname, base) ? policy.replace("frame-ancestors 'self'", "frame-ancestors *") : policy;
}
