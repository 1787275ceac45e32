/**
 * What a page can present, as decks of slides. A slide is an element of the page that the
 * presenter moves onto its stage while it is shown and puts back afterwards (./presenter.ts):
 * an example's island (its numbers, inspection and state stay live), or one step of a
 * step-through. A lesson, or any other sequence, is presented by handing the presenter its own
 * deck: a list of such elements with their labels.
 */

/** One slide: the element shown, and what it is called in the bar and in announcements. */
export interface Slide {
  readonly label: string;
  readonly element: HTMLElement;
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

/** Every deck of the page in document order: step-throughs and examples with a Present button. */
export function pageDecks(doc: Document): Deck[] {
  const decks: Deck[] = [];
  for (const element of doc.querySelectorAll<HTMLElement>("[data-step-tabs], [data-present]")) {
    const deck = element.matches("[data-step-tabs]") ? stepsDeck(doc, element) : exampleDeck(doc, element);
    if (deck && !decks.some((known) => known.id === deck.id)) decks.push(deck);
  }
  return decks;
}
