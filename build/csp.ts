/**
 * The Content-Security-Policy the site is served with: `vite preview` sends it on every response
 * (build/site-plugin.ts), the browser tests check every page and island work under it, and the
 * README gives it to static hosts. Keep the README's copy equal to CONTENT_SECURITY_POLICY.
 *
 * Scripts: only the site's own files (`script-src 'self'`): no inline script, no eval.
 * Styles: `'unsafe-inline'` is needed for style *attributes* in the prerendered HTML (React's
 * `style={…}` on grids and plots, MathJax's SVG sizes) and for the `<style>` element inside each
 * Mermaid diagram. Neither can carry a nonce in a static file, and hashes of the diagrams' styles
 * would change the header whenever a diagram changes. Inline CSS cannot run code.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");

/**
 * `npm run dev` only: @vitejs/plugin-react injects an inline module script (the React Refresh
 * preamble) and Vite's client talks to the dev server over a WebSocket, so dev allows inline
 * scripts and ws: connections. Everything else is as strict as the built site.
 */
export const DEV_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((directive) =>
  directive.startsWith("script-src ")
    ? "script-src 'self' 'unsafe-inline'"
    : directive.startsWith("connect-src ")
      ? "connect-src 'self' ws: wss:"
      : directive,
).join("; ");
