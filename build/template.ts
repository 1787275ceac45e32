/** What the server entry returns for one route (see src/entry-server.tsx). */
export interface RenderedPage {
  readonly status: number;
  readonly head: string;
  readonly body: string;
  /** Whether the page has islands (worked examples, "Check yourself"), which wake as a reader nears them. */
  readonly hasIslands: boolean;
  /** An embed page (`/embed/…`): one example without the site frame; its <body> gets `data-embed`. */
  readonly embed?: boolean;
  /** Further routes a concept page names (its examples' embed pages, its worksheet and answer key), for the build to write too. */
  readonly embeds?: readonly string[];
}

/** Settings the build passes to every page's head (see src/pages/head.ts). */
export interface RenderOptions {
  readonly siteUrl?: string;
  readonly chromeScript?: string;
  /** Link the web app manifest and app icon (build/web-app-manifest.ts writes them; `npm run dev` has none). */
  readonly webApp?: boolean;
}

/** What a concept's link-preview image shows. */
export interface PreviewCard {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly category: string;
  readonly required: boolean;
}

export interface ServerEntry {
  listRoutes(): string[];
  renderRoute(path: string, options?: RenderOptions): Promise<RenderedPage>;
  listPreviewCards?(): PreviewCard[];
  previewImagePath?(slug: string): string;
}

const HEAD_SLOT = "<!--app-head-->";
const BODY_SLOT = "<!--app-html-->";

/**
 * Places a rendered page into index.html. An embed page's <body> is marked `data-embed=""`.
 *
 * Every page loads one script of its own, the site chrome (head.ts adds it), which wakes the
 * islands when a reader comes near them (src/islands/boot.ts): a module script in the built
 * template would load on every page, on first view, so it is refused. `dev` lets the template keep
 * the scripts `npm run dev` injects (Vite's client).
 */
export function applyTemplate(template: string, page: RenderedPage, { dev = false } = {}): string {
  if (!template.includes(HEAD_SLOT) || !template.includes(BODY_SLOT)) {
    throw new Error(
      `index.html must contain ${HEAD_SLOT} and ${BODY_SLOT}; they mark where each page's head and body go.`,
    );
  }
  if (!dev && /<script\b[^>]*type="module"/.test(template)) {
    throw new Error(
      "index.html loads a module script, which every page would then load on first view. Expected none: the site chrome (src/chrome/main.ts) is every page's script and wakes the islands.",
    );
  }
  let html = template.replace(HEAD_SLOT, () => page.head).replace(BODY_SLOT, () => page.body);
  // Marks an embed page for its stylesheet and scripts (src/styles/embed.css, src/chrome/example-links.ts).
  if (page.embed) html = html.replace(/<body(?=[\s>])/, '<body data-embed=""');
  return html;
}

/** Where a route is written below dist/: `/a/` → `a/index.html`, `/404.html` → `404.html`. */
export function routeToFile(route: string): string {
  if (route.endsWith(".html")) return route.replace(/^\//, "");
  const folder = route.replace(/^\//, "");
  return folder === "" || folder.endsWith("/") ? `${folder}index.html` : `${folder}/index.html`;
}
