import { SITE_NAME, href } from "../site.ts";

/** What a page puts in <head>, kept as data so the server can serialise it safely. */
export interface PageHead {
  readonly title: string;
  readonly description: string;
  /** The route below the site base, e.g. `/concepts/qkv-projections/`; gives the canonical URL. Absent on the 404 page. */
  readonly path?: string;
  /** The preview image below the site base, e.g. `/og/qkv-projections.png` (1200 × 630). */
  readonly image?: string;
  /** OpenGraph type: a concept page is an article, the rest are the website. */
  readonly type?: "website" | "article";
}

/** Settings that come from the build rather than from the page. */
export interface HeadOptions {
  /**
   * The absolute origin (and nothing else) the site is served from, e.g. `https://example.org`
   * (SITE_URL). Without it, the tags that must be absolute (canonical, og:url, og:image,
   * twitter:image) are left out.
   */
  readonly siteUrl?: string;
  /** URL of the site-chrome module script (theme toggle, search, copy link); see src/chrome/. */
  readonly chromeScript?: string;
  /**
   * Whether the build wrote the web app manifest and icons (build/web-app-manifest.ts): the page
   * then links them, so the site can be installed. `npm run dev` has neither.
   */
  readonly webApp?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `https://example.org/` + base + path, or just base + path without a site URL. */
export function pageUrl(path: string, siteUrl?: string): string {
  return `${siteUrl ? siteUrl.replace(/\/+$/, "") : ""}${href(path)}`;
}

/**
 * The <head> tags of a page as an HTML string for the template: the blocking theme script first
 * (it sets data-theme before anything paints), then title, description, canonical, OpenGraph and
 * Twitter card tags, the web app manifest (in a build), then the site-chrome module script.
 */
export function renderHead(head: PageHead, { siteUrl, chromeScript, webApp }: HeadOptions = {}): string {
  const { title, description, path, image, type = "website" } = head;
  const fullTitle = title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
  const meta = (attribute: "name" | "property", key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
  const tags = [
    `<script src="${escapeHtml(href("/theme-init.js"))}"></script>`,
    `<title>${escapeHtml(fullTitle)}</title>`,
    meta("name", "description", description),
  ];
  // A canonical link must be absolute (a relative one is invalid to search engines): like og:url,
  // it is left out when the origin is not known.
  if (path !== undefined && siteUrl) tags.push(`<link rel="canonical" href="${escapeHtml(pageUrl(path, siteUrl))}">`);
  tags.push(
    meta("property", "og:site_name", SITE_NAME),
    meta("property", "og:type", type),
    meta("property", "og:title", title),
    meta("property", "og:description", description),
  );
  const absoluteImage = image !== undefined && siteUrl ? pageUrl(image, siteUrl) : undefined;
  if (path !== undefined && siteUrl) tags.push(meta("property", "og:url", pageUrl(path, siteUrl)));
  if (absoluteImage) {
    tags.push(
      meta("property", "og:image", absoluteImage),
      meta("property", "og:image:width", "1200"),
      meta("property", "og:image:height", "630"),
      meta("property", "og:image:alt", `${title}: ${description}`),
    );
  }
  tags.push(
    meta("name", "twitter:card", absoluteImage ? "summary_large_image" : "summary"),
    meta("name", "twitter:title", title),
    meta("name", "twitter:description", description),
  );
  if (absoluteImage) tags.push(meta("name", "twitter:image", absoluteImage));
  if (webApp) {
    tags.push(
      `<link rel="manifest" href="${escapeHtml(href("/manifest.webmanifest"))}">`,
      `<link rel="apple-touch-icon" href="${escapeHtml(href("/icons/apple-touch-icon.png"))}">`,
    );
  }
  const chrome = chromeScript ?? (import.meta.env.DEV ? href("/src/chrome/main.ts") : undefined);
  if (chrome) tags.push(`<script type="module" data-chrome src="${escapeHtml(chrome)}"></script>`);
  return tags.join("\n    ");
}
