/**
 * What a page can present, as decks of slides. A slide is an element of the page that the
 * presenter moves onto its stage while it is shown and puts back afterwards (./presenter.ts):
 * an example's island (its numbers, inspection and state stay live), or one step of a
 * step-through, or any element a page marks as a slide (markedDeck, below: how a lesson's items
 * can be presented). Code can also hand the presenter a deck of its own (presentDeck).
 */

/** One slide: the element shown, and what it is called in the bar and in announcements. */
export interface Slide {
  readonly label: string;
  readonly element: HTMLElement;
  /**
   * Called after `element` is on the stage, before it is drawn; returns what undoes it, called
   * before `element` goes back into the page. (A slide inside an island hides the rest of it.)
   */
  readonly onShow?: () => () => void;
}

/** A sequence of slides presented one at a time. */
export interface Deck {
  /** Names the deck in the address (`?present=<id>`). Unique on the page. */
  readonly id: string;
  /** Its name in the dialog's label and in messages: "Projection example". */
  readonly title: string;
  readonly slides: readonly Slide[];
  /** Called once the slides are back in the page, with the slide shown last (from 0). */
  readonly onExit?: (slide: number) => void;
}

/** The deck of one example whose tools hold a Present button (`data-present` = the example's id). */
function exampleDeck(doc: Document, button: HTMLElement): Deck | null {
  const id = button.dataset.present ?? "";
  const island = doc.getElementById(id);
  if (!island?.matches("[data-island]")) return null;
  const title = button.dataset.presentTitle ?? id;
  return { id, title, slides: [{ label: title, element: island }] };
}

/**
 * The deck of a step-through (src/mdx/StepTabs.tsx): one slide per step, named by its first
 * step's id. When it ends, the page's tabs show the step presented last.
 */
export function stepsDeck(doc: Document, group: HTMLElement): Deck | null {
  const panels = [...group.querySelectorAll<HTMLElement>(":scope > .step-tab")];
  const first = panels[0];
  if (!first) return null;
  return {
    id: first.id,
    title: group.dataset.stepTabs ?? "Steps",
    slides: panels.map((panel) => ({ label: panel.dataset.stepTitle ?? panel.id, element: panel })),
    onExit: (slide) => doc.getElementById(`${panels[slide]?.id ?? ""}-tab`)?.click(),
  };
}

/**
 * A deck written in a page's markup, for any other sequence (a lesson's items): an element with
 * `data-present-deck="<id>"` (and `data-present-title`) around elements marked
 * `data-present-slide="<label>"`, each a slide, in order. A button `data-present="<id>"` opens it,
 * and `?present=<id>&slide=<n>` reopens it, with no code of its own.
 */
export function markedDeck(container: HTMLElement): Deck | null {
  const id = container.dataset.presentDeck ?? "";
  // Inside an island, React hears a slide's events only at the island's root: the root goes on
  // the stage, showing only the slide (isolate), so that its numbers can still be inspected.
  const island = container.closest<HTMLElement>("[data-island]");
  const slides = [...container.querySelectorAll<HTMLElement>("[data-present-slide]")]
    .filter((slide) => slide.parentElement?.closest("[data-present-deck]") === container)
    .map((slide): Slide => ({
      label: slide.dataset.presentSlide || slide.id || id,
      ...(island ? { element: island, onShow: () => isolate(slide, island) } : { element: slide }),
    }));
  if (id === "" || slides.length === 0) return null;
  return { id, title: container.dataset.presentTitle ?? id, slides };
}

/**
 * Hides everything in `root` but `slide` and the elements around it, and returns what shows them
 * again (each as hidden or shown as it was).
 */
export function isolate(slide: HTMLElement, root: HTMLElement): () => void {
  const changed: [HTMLElement, boolean][] = [];
  for (let node: HTMLElement = slide; node !== root && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement)) continue;
      changed.push([sibling, sibling.hidden]);
      sibling.hidden = true;
    }
  }
  return () => {
    for (const [element, hidden] of changed) element.hidden = hidden;
  };
}

/** The deck an element of the page stands for: a step-through, a marked deck, or an example's Present button. */
function deckOf(doc: Document, element: HTMLElement): Deck | null {
  if (element.matches("[data-step-tabs]")) return stepsDeck(doc, element);
  if (element.matches("[data-present-deck]")) return markedDeck(element);
  return exampleDeck(doc, element);
}

/** Every deck of the page in document order: step-throughs, marked decks and examples with a Present button. */
export function pageDecks(doc: Document): Deck[] {
  const decks: Deck[] = [];
  for (const element of doc.querySelectorAll<HTMLElement>("[data-step-tabs], [data-present-deck], [data-present]")) {
    const deck = deckOf(doc, element);
    if (deck && !decks.some((known) => known.id === deck.id)) decks.push(deck);
  }
  return decks;
}
