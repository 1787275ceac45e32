import { earlyHighlight, inspectableCell, type EarlyHighlight } from "./early-highlight.ts";
import { emptyInput, noteInput, replayInput, type EarlyInput } from "./early-input.ts";
import { carriesParams, targetedIslands } from "./targets.ts";

/**
 * Waking islands: part of the site script every page loads (src/chrome/main.ts), with no React.
 * Every island starts as its server HTML, readable and styled; React, ReactDOM and the island's own
 * code are fetched only when it wakes, which is:
 * - at once, when the address targets it (its `#id`, a `?<id>.…` parameter, an exercise seed, or
 *   one of its own query keys, `data-wake-params`: the worksheet's variants), or when it is the
 *   page itself and shows what only the browser knows (`data-wake="load"`: the lesson);
 * - at once, when another part of the site asks for it with a WAKE_REQUEST event (the presenter);
 * - on intent: the first pointer, touch, focus, key or click event inside it;
 * - when it comes within about one screen of the viewport, once the reader has scrolled (a page
 *   opened and only read at the top loads no island code, even if an island shows there: an
 *   embed page, a tall screen; a page opened by a link to an example wakes that example alone).
 * What the reader did before it woke (hover, focus, keys, a press) is carried out once it has
 * hydrated (early-input.ts); a number the mouse points at meanwhile is highlighted at once from the
 * server HTML (early-highlight.ts). Hydration itself (hydrate.ts) runs one island per task.
 */

/** Events that show a reader acting on an island; each wakes it and is noted for the replay. */
const INTENT_EVENTS = ["pointerover", "pointerdown", "touchstart", "focusin", "keydown", "click"] as const;

/** The event (bubbling, dispatched on an island) that wakes that island at once. */
export const WAKE_REQUEST = "wake-island";

/** How near the viewport (above or below) an island wakes, once the reader scrolls: one screen. */
export const NEAR_MARGIN = "100% 0px";

/** One island's wake: what it recorded before React took it over. */
interface Waking {
  readonly input: EarlyInput;
  /** The number a mouse points at, highlighted until React paints it. */
  readonly highlight: EarlyHighlight;
  /** True until hydrate.ts hands the island to React, which then sees events itself. */
  recording: boolean;
  /** Settles once the island has woken, failed, or could not be woken. */
  readonly settled: Promise<void>;
}

/** The island an event happened in, if any. */
function islandOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>("[data-island]") : null;
}

/** The element whose nearness wakes an island: itself, or an area marked around it (`data-wake-area`). */
function areaOf(island: HTMLElement): Element {
  return island.closest("[data-wake-area]") ?? island;
}

/**
 * Starts waking the islands of `doc` as described above. Returns at once; does nothing on a page
 * without islands.
 */
export function bootIslands(doc: Document, win: Window): void {
  const islands = [...doc.querySelectorAll<HTMLElement>("[data-island]")];
  if (islands.length === 0) return;
  const wakes = new Map<HTMLElement, Waking>();
  let observer: IntersectionObserver | undefined;

  const wake = (island: HTMLElement, urgent: boolean): Waking => {
    const known = wakes.get(island);
    if (known) return known;
    let settle = () => {};
    const waking: Waking = {
      input: emptyInput(),
      highlight: earlyHighlight(island),
      recording: true,
      settled: new Promise<void>((resolve) => (settle = resolve)),
    };
    wakes.set(island, waking);
    observer?.unobserve(areaOf(island));
    island.dataset.islandWaking = "";
    // The island's own chunk starts downloading as soon as the small loader table has arrived,
    // alongside React and ReactDOM (hydrate.ts), not after them. A failure shows in hydrate.ts.
    const loaded = import("./load-island.ts").then(({ loadIsland }) => loadIsland(island));
    void import("./hydrate.ts")
      .then(({ hydrateIsland }) =>
        hydrateIsland(island, {
          urgent,
          loaded,
          onStart: () => {
            waking.recording = false;
          },
        }),
      )
      .then((hydrated) => {
        // In one task: the served roles come back and React, told of the hover again, paints
        // the same highlight synchronously, so no frame shows the number unhighlighted.
        waking.highlight.clear();
        if (hydrated) replayInput(island, waking.input, doc);
      })
      .catch((error: unknown) => {
        waking.highlight.clear();
        // The hydration code itself did not load (offline, a stale page): the server HTML stays.
        console.error(`The example "${island.id}" could not be woken; it stays as the page was served:`, error);
      })
      .finally(() => {
        delete island.dataset.islandWaking;
        settle();
        if (wakes.size === islands.length) stopListening();
      });
    return waking;
  };

  const onIntent = (event: Event) => {
    const island = islandOf(event.target);
    if (!island) return;
    const waking = wakes.get(island) ?? wake(island, true);
    if (!waking.recording) return;
    noteInput(waking.input, island, event);
    if (event.type === "pointerover" && (event as PointerEvent).pointerType === "mouse") {
      const cell = inspectableCell(island, event.target);
      if (cell) waking.highlight.show(cell);
      else waking.highlight.clear();
    }
  };
  /** A mouse leaving a number for somewhere outside its island (or the window) takes its early highlight away. */
  const onPointerOut = (event: Event) => {
    const { target, relatedTarget } = event as PointerEvent;
    const island = islandOf(target);
    const waking = island ? wakes.get(island) : undefined;
    if (!island || !waking?.recording) return;
    if (!(relatedTarget instanceof Node && island.contains(relatedTarget))) waking.highlight.clear();
  };
  /**
   * A form inside an island that has not hydrated is not sent by the browser (it would reload the
   * page and lose what was typed): its button press is noted, and pressed again once React has
   * the form (the worksheet's "Make worksheet", or Enter in one of its fields).
   */
  const onSubmit = (event: Event) => {
    const island = islandOf(event.target);
    if (island && wakes.get(island)?.recording) event.preventDefault();
  };
  /** Another part of the site asks for an island now: the presenter shows it (src/present/). */
  const onWakeRequest = (event: Event) => {
    const island = islandOf(event.target);
    if (island && islands.includes(island)) wake(island, true);
  };
  for (const type of INTENT_EVENTS) doc.addEventListener(type, onIntent, { capture: true, passive: true });
  doc.addEventListener("pointerout", onPointerOut, { capture: true, passive: true });
  doc.addEventListener("submit", onSubmit, { capture: true });
  doc.addEventListener(WAKE_REQUEST, onWakeRequest);
  const stopListening = () => {
    for (const type of INTENT_EVENTS) doc.removeEventListener(type, onIntent, { capture: true });
    doc.removeEventListener("pointerout", onPointerOut, { capture: true });
    doc.removeEventListener("submit", onSubmit, { capture: true });
    doc.removeEventListener(WAKE_REQUEST, onWakeRequest);
    observer?.disconnect();
    win.removeEventListener("scroll", watchNearness);
  };

  const ids = islands.map((island) => island.id);
  const targeted = [
    ...targetedIslands(win.location.search, win.location.hash, ids).map((id) => islands[ids.indexOf(id)]!),
    ...islands.filter(
      (island) =>
        island.dataset.wake === "load" ||
        (island.dataset.wakeParams !== undefined && carriesParams(win.location.search, island.dataset.wakeParams)),
    ),
  ].map((island) => wake(island, true));

  function watchNearness() {
    if (observer) return;
    if (typeof IntersectionObserver === "undefined") {
      for (const island of islands) wake(island, false);
      return;
    }
    const byArea = new Map(islands.map((island) => [areaOf(island), island]));
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const island = byArea.get(entry.target);
          if (entry.isIntersecting && island) wake(island, false);
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    for (const [area, island] of byArea) if (!wakes.has(island)) observer.observe(area);
  }
  if (targeted.length > 0) {
    // A link that targets an example wakes it alone: the scrolling that brings it into view (the
    // browser's, then the example's own once it has its numbers) is the link's, not the reader's.
    // Nearness counts from the first scroll away from where the page settled.
    void Promise.all([loaded(win), ...targeted.map((waking) => waking.settled)])
      .then(() => afterFrames(win, 2))
      .then(() => {
        const settledAt = win.scrollY;
        const onScroll = () => {
          if (win.scrollY === settledAt) return;
          win.removeEventListener("scroll", onScroll);
          watchNearness();
        };
        win.addEventListener("scroll", onScroll, { passive: true });
      });
  } else {
    win.addEventListener("scroll", watchNearness, { once: true, passive: true });
    // A page opened further down (a heading's #id, a restored scroll position) has been scrolled,
    // maybe before this script ran. The position is read in the first frame, where the page is laid
    // out anyway: read now, it would force that layout into this script's task.
    void afterFrames(win, 1).then(() => {
      if (win.scrollY > 0) watchNearness();
    });
  }
}

/** Resolves once the page's load event has fired. */
function loaded(win: Window): Promise<void> {
  if (win.document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => win.addEventListener("load", () => resolve(), { once: true }));
}

/** Resolves after `count` animation frames. */
function afterFrames(win: Window, count: number): Promise<void> {
  return new Promise((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => next(left - 1)));
    next(count);
  });
}
