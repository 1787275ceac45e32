import { PRESENT_KEY } from "../present/params.ts";

/**
 * The way into presenter mode, part of the site script every page loads, so it stays a few lines:
 * a press on any `[data-present="<deck id>"]` button (an example's Present, a step-through's
 * Present steps) or an address with `?present=` (once the page's own islands are awake, as a
 * lesson's items are a deck) loads the presenter (src/present/presenter.ts,
 * with its stylesheet) and hands it the deck. Nothing else of it is fetched before.
 */
export function initPresentMode(doc: Document, win: Window): void {
  let loading = false;
  const open = (deckId: string | null, opener: HTMLElement | null) => {
    if (loading) return;
    loading = true;
    import("../present/presenter.ts")
      .then((module) => module.startPresenting(doc, win, deckId, opener))
      .catch((error: unknown) => console.warn("The presenter could not be opened:", error))
      .finally(() => (loading = false));
  };
  doc.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-present]") : null;
    if (button && !button.closest("[data-present-dialog]")) open(button.dataset.present ?? "", button);
  });
  // A deck may live in a page island that wakes at load (the lesson's items): wait for it.
  const asked = new URLSearchParams(win.location.search).get(PRESENT_KEY);
  if (asked !== null) void deckOnPage(doc, asked).then(() => open(null, null));
}

/** How long an address's deck may take to appear (a page island waking, then reading the address). */
const DECK_WAIT_MS = 5000;

/**
 * Resolves at once on a page without an island that wakes at load; on one with (the lesson page,
 * whose items are a deck), once the deck `id` is on the page, or after DECK_WAIT_MS. The presenter
 * then says what it could not find.
 */
function deckOnPage(doc: Document, id: string): Promise<void> {
  const pageIsland = doc.querySelector('[data-island][data-wake="load"]') !== null;
  const ready = () =>
    !pageIsland ||
    doc.querySelector(`[data-present-deck="${CSS.escape(id)}"]`) !== null ||
    doc.getElementById(id) !== null;
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => ready() && done());
    const timer = setTimeout(done, DECK_WAIT_MS);
    observer.observe(doc.body, { subtree: true, childList: true });
  });
}
