/**
 * The browser side of an example's URL: reading and replacing the query of the page, and the
 * addresses Copy link and Embed give out. The formats themselves are in url-state.ts.
 */
import { readableQuery } from "./url-state.ts";
import { EMBED_HEIGHT_MESSAGE } from "../chrome/embed-height.ts";

/** The page's query parameters now. */
export function currentQuery(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** Replaces the page's query (not its history entry, not its #fragment) with `params`. */
export function replaceQuery(params: URLSearchParams): void {
  const { pathname, hash } = window.location;
  const next = `${pathname}${readableQuery(params)}${hash}`;
  if (next !== `${pathname}${window.location.search}${hash}`)
    window.history.replaceState(window.history.state, "", next);
}

/** The site base and concept slug of the page: "/concepts/<slug>/" or "/embed/<slug>/<id>/". */
function pagePlace(pathname: string): { base: string; slug: string } | null {
  const match = /^(.*\/)(?:concepts|embed)\/([a-z0-9-]+)\//.exec(pathname);
  return match ? { base: match[1]!, slug: match[2]! } : null;
}

/**
 * Only example `id`'s parameters of `search`, and those of the example whose fields it shares (a
 * step of the self-attention map carries the map's sentence): a link to one example carries only
 * its own state.
 */
export function ownParams(id: string, search: string): URLSearchParams {
  const ids = [id, ...sharedIdOf(id)];
  return new URLSearchParams(
    [...new URLSearchParams(search)].filter(([name]) => ids.some((prefix) => name.startsWith(`${prefix}.`))),
  );
}

/** The id whose fields example `id` shares, from its frame's `data-shares` (src/frame/ExampleFrame.tsx). */
function sharedIdOf(id: string): string[] {
  if (typeof document === "undefined") return [];
  const frame = document.querySelector<HTMLElement>(`[data-example-frame="${id}"]`);
  return frame?.dataset.shares ? [frame.dataset.shares] : [];
}

/** The link to example `id` on its concept page with the current state: "https://…/concepts/qkv-projections/?…#qkv-projection". */
export function exampleLink(
  id: string,
  location: Pick<Location, "origin" | "pathname" | "search"> = window.location,
): string {
  const place = pagePlace(location.pathname);
  const page = place ? `${place.base}concepts/${place.slug}/` : location.pathname;
  return `${location.origin}${page}${readableQuery(ownParams(id, location.search))}#${id}`;
}

/** The embed page of example `id` with the current state: "https://…/embed/qkv-projections/qkv-projection/?…". */
export function embedLink(
  id: string,
  location: Pick<Location, "origin" | "pathname" | "search"> = window.location,
): string | null {
  const place = pagePlace(location.pathname);
  if (!place) return null;
  return `${location.origin}${place.base}embed/${place.slug}/${id}/${readableQuery(ownParams(id, location.search))}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The width (CSS px) an Embed snippet is made for; its height is measured at this width. */
export const EMBED_WIDTH = 720;

/**
 * The iframe snippet for an embed link, `height` in CSS pixels (measured at EMBED_WIDTH), and the
 * lines that keep the frame as tall as its example: the embed page posts its height whenever it
 * changes (src/chrome/embed-height.ts), and the listener sets it on the frame that sent it.
 */
export function iframeSnippet(src: string, title: string, height: number): string {
  const frame = `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${EMBED_WIDTH}" height="${Math.round(height)}" style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy"></iframe>`;
  const listener =
    '<script>addEventListener("message", function (e) {\n' +
    `  if (!e.data || e.data.type !== "${EMBED_HEIGHT_MESSAGE}") return;\n` +
    '  document.querySelectorAll("iframe").forEach(function (f) {\n' +
    '    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";\n' +
    "  });\n" +
    "});</script>";
  return `${frame}\n${listener}`;
}

/** True on an /embed/ page, which has no Embed button of its own. */
export function isEmbedPage(): boolean {
  return document.querySelector("[data-embed]") !== null;
}
