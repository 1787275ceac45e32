/**
 * The way into presenter mode, part of the site script every page loads, so it stays a few lines:
 * a press on any `[data-present="<deck id>"]` button (an example's Present, a step-through's
 * Present steps) or an address with `?present=` loads the presenter (src/present/presenter.ts,
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
  if (new URLSearchParams(win.location.search).has("present")) open(null, null);
}
