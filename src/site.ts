/** The site's name, used in titles and the header. */
export const SITE_NAME = "Attention, by Hand";

/**
 * Prefixes a site-absolute path with the deploy base (`/` or e.g. `/attention/`), so the site can
 * be served from a sub-path by changing one setting (`base` in vite.config.ts).
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The URL of a concept page. */
export function conceptHref(slug: string): string {
  return href(`/concepts/${slug}/`);
}

/** The path of a concept's printable worksheet or its answer key, below the base. */
export function worksheetPath(slug: string, mode: "questions" | "answers"): string {
  return `/concepts/${slug}/${mode === "questions" ? "worksheet" : "answers"}/`;
}
