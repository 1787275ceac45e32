/**
 * An embed page tells the page that frames it how tall it is, whenever that changes (an edit, a
 * step, a wider or narrower frame), so the host can size its <iframe> to fit: a `postMessage` of
 * `{ type: EMBED_HEIGHT_MESSAGE, height }` (CSS px) to the parent, with target origin "*" because
 * it carries nothing but the height. The Embed snippet (src/frame/links.ts) includes the few lines
 * that listen for it; README.md ("Embedding an example") documents it.
 */

/** The `type` of the message an embed page posts. */
export const EMBED_HEIGHT_MESSAGE = "attention-by-hand:embed-height";

/** The height an embed page needs: its body's box (the embed body has no minimum height). */
export function embedHeight(doc: Document): number {
  return Math.ceil(doc.body.getBoundingClientRect().height);
}

/** On an embed page inside a frame, posts its height now and after every change of size. */
export function initEmbedHeight(doc: Document, win: Window): void {
  if (!doc.body.hasAttribute("data-embed") || win.parent === win) return;
  let last = -1;
  const post = () => {
    const height = embedHeight(doc);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(post).observe(doc.body);
  post();
}
