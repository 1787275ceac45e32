// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { EMBED_HEIGHT_MESSAGE, initEmbedHeight } from "./embed-height.ts";
import { EMBED_WIDTH, iframeSnippet } from "../frame/links.ts";

describe("initEmbedHeight", () => {
  it("posts { type, height } to the parent with origin * on an embed page in a frame", () => {
    document.body.setAttribute("data-embed", "");
    vi.spyOn(document.body, "getBoundingClientRect").mockReturnValue({ height: 812.4 } as DOMRect);
    const postMessage = vi.fn();
    const win = { parent: { postMessage } } as unknown as Window;
    initEmbedHeight(document, win);
    expect(postMessage).toHaveBeenCalledWith({ type: EMBED_HEIGHT_MESSAGE, height: 813 }, "*");
  });

  it("does nothing on a page that is not framed, or not an embed page", () => {
    const postMessage = vi.fn();
    const alone = { postMessage } as unknown as Window & { parent: Window };
    (alone as { parent: unknown }).parent = alone;
    initEmbedHeight(document, alone);
    document.body.removeAttribute("data-embed");
    initEmbedHeight(document, { parent: { postMessage } } as unknown as Window);
    expect(postMessage).not.toHaveBeenCalled();
  });
});

describe("iframeSnippet", () => {
  it("iframeSnippet(src, title, height) sizes the frame and listens for the embed's height", () => {
    const snippet = iframeSnippet("https://x.test/embed/a/b/?v=1&w=2", 'A "quoted" title', 884.6);
    expect(snippet).toContain(`width="${EMBED_WIDTH}" height="885"`);
    expect(snippet).toContain('src="https://x.test/embed/a/b/?v=1&amp;w=2"');
    expect(snippet).toContain('title="A &quot;quoted&quot; title"');
    expect(snippet).toContain(`e.data.type !== "${EMBED_HEIGHT_MESSAGE}"`);
    expect(snippet).toContain("f.contentWindow === e.source");
  });
});
