import { EMBED_HEIGHT_MESSAGE } from "../chrome/embed-height.ts";

/** How long the embed page may take to say its height before the estimate is used. */
const MEASURE_TIMEOUT_MS = 8000;
/** The height counts once the embed page has not changed it for this long (its islands woke). */
const SETTLE_MS = 400;

/**
 * The height the embed page `src` needs at `width` CSS px: loads it in an invisible frame of that
 * width and reads the heights it posts (src/chrome/embed-height.ts) until they settle. Rejects
 * when none arrives in time.
 */
export function measureEmbedHeight(src: string, width: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement("iframe");
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.title = "Measuring the embed";
    frame.className = "embed-measure";
    frame.style.width = `${width}px`;
    let height = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const done = (ok: boolean) => {
      clearTimeout(timeout);
      clearTimeout(settle);
      window.removeEventListener("message", listen);
      frame.remove();
      if (ok) resolve(height);
      else reject(new Error("the embed page did not report its height"));
    };
    const listen = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (event.source !== frame.contentWindow || data?.type !== EMBED_HEIGHT_MESSAGE) return;
      if (typeof data.height !== "number") return;
      height = data.height;
      clearTimeout(settle);
      settle = setTimeout(() => done(true), SETTLE_MS);
    };
    const timeout = setTimeout(() => done(height > 0), MEASURE_TIMEOUT_MS);
    window.addEventListener("message", listen);
    frame.src = src;
    document.body.append(frame);
  });
}
