/** What the server entry returns for one route (see src/entry-server.tsx). */
export interface RenderedPage {
  readonly status: number;
  readonly head: string;
  readonly body: string;
  /** False for pages without islands: they load no island JavaScript (only the small site chrome). */
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
 * Places a rendered page into index.html. Pages without islands lose the islands' module script
 * and its preloads; the small site-chrome script (marked data-chrome) and the stylesheet stay. An
 * embed page's <body> is marked `data-embed=""`.
 */
export function applyTemplate(template: string, page: RenderedPage, { keepScripts = false } = {}): string {
  if (!template.includes(HEAD_SLOT) || !template.includes(BODY_SLOT)) {
    throw new Error(
      `index.html must contain ${HEAD_SLOT} and ${BODY_SLOT}; they mark where each page's head and body go.`,
    );
  }
  let html = template.replace(HEAD_SLOT, () => page.head).replace(BODY_SLOT, () => page.body);
  // Marks an embed page for its stylesheet and scripts (src/styles/embed.css, src/chrome/example-links.ts).
  if (page.embed) html = html.replace(/<body(?=[\s>])/, '<body data-embed=""');
  if (!page.hasIslands && !keepScripts) {
    html = html
      .replace(/\s*<script type="module"(?![^>]*data-chrome)[^>]*>\s*<\/script>/g, "")
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, "");
  } else {
    // The islands' code (React is most of it) only makes the page interactive: fetched at low
    // priority, it no longer competes with the stylesheet and fonts for the first paint on a
    // slow link (Lighthouse's mobile FCP went from 1.7 s to 1.0 s on the Q, K, V page).
    html = html
      .replace(
        /<script type="module"(?![^>]*(?:data-chrome|fetchpriority))/g,
        '<script type="module" fetchpriority="low"',
      )
      .replace(/<link rel="modulepreload"(?![^>]*fetchpriority)/g, '<link rel="modulepreload" fetchpriority="low"');
  }
  return html;
}

/** Where a route is written below dist/: `/a/` → `a/index.html`, `/404.html` → `404.html`. */
export function routeToFile(route: string): string {
  if (route.endsWith(".html")) return route.replace(/^\//, "");
  const folder = route.replace(/^\//, "");
  return folder === "" || folder.endsWith("/") ? `${folder}index.html` : `${folder}/index.html`;
}
