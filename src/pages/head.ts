import { SITE_NAME } from "../site.ts";

/** What a page puts in <head>, kept as data so the server can serialise it safely. */
export interface PageHead {
  readonly title: string;
  readonly description: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The <title> and meta tags of a page as an HTML string for the template. */
export function renderHead({ title, description }: PageHead): string {
  const fullTitle = title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
  return [
    `<title>${escapeHtml(fullTitle)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
  ].join("\n    ");
}
