/**
 * Where a presentation is, in the page's address: `?present=<deck id>&slide=<n>`, n counted from
 * 1 as the bar shows it ("2 of 5"). A deck is one example (its id, one slide) or one step-through
 * (the id of its first step, one slide per step). The other query parameters (an example's
 * numbers, its inspected number) are kept as they are, so a reload opens the same slide with the
 * same numbers. No DOM: the presenter (./presenter.ts) and its tests share these.
 */
import { readableQuery } from "../frame/url-state.ts";
import { PRESENT_KEY, SLIDE_KEY } from "./params.ts";

/** What the address needs to know of a deck on the page. */
export interface DeckSummary {
  readonly id: string;
  /** Its name in sentences: "Q, K, and V projections: worked example". */
  readonly title: string;
  /** How many slides it has (at least 1). */
  readonly count: number;
}

/** A position the address asked for, made valid: which deck, which slide (from 0), and why it moved. */
export interface PresentPosition {
  readonly deck: number;
  readonly slide: number;
  /** Says what in the address could not be used and what is shown instead; null when all of it could. */
  readonly message: string | null;
}

export { PRESENT_KEY, SLIDE_KEY } from "./params.ts";

/** Longest value quoted in a message; a longer one (a mangled link) is cut with "…". */
const MAX_QUOTED = 40;

function quote(text: string): string {
  return `“${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}”`;
}

/**
 * Reads `?present=…&slide=…` against the decks of the page. Null when the address does not ask for
 * a presentation (no `present`) or the page has nothing to present. An unknown deck falls back to
 * the page's first deck, a slide that is not a whole number from 1 to the deck's count falls back
 * to slide 1, each with a sentence saying what was asked and what is shown.
 */
export function readPresentAddress(search: string, decks: readonly DeckSummary[]): PresentPosition | null {
  const params = new URLSearchParams(search);
  const asked = params.get(PRESENT_KEY);
  if (asked === null || decks.length === 0) return null;
  const found = decks.findIndex((deck) => deck.id === asked);
  if (found < 0) {
    const first = decks[0]!;
    return {
      deck: 0,
      slide: 0,
      message:
        asked === ""
          ? `The link asks to present without naming an example; showing ${quote(first.title)}.`
          : `This page has no example or steps called ${quote(asked)} to present; showing ${quote(first.title)}.`,
    };
  }
  const deck = decks[found]!;
  const slideText = params.get(SLIDE_KEY);
  if (slideText === null) return { deck: found, slide: 0, message: null };
  const slide = /^[1-9]\d{0,5}$/.test(slideText) ? Number(slideText) : NaN;
  if (slide >= 1 && slide <= deck.count) return { deck: found, slide: slide - 1, message: null };
  const range = deck.count === 1 ? "one slide" : `slides 1 to ${deck.count}`;
  return {
    deck: found,
    slide: 0,
    message: `There is no slide ${quote(slideText)}: ${quote(deck.title)} has ${range}. Showing slide 1.`,
  };
}

/** `search` with the presenter's position set (slide counted from 0 here, from 1 in the address). */
export function writePresentAddress(search: string, deckId: string, slide: number): string {
  const params = new URLSearchParams(search);
  params.set(PRESENT_KEY, deckId);
  params.set(SLIDE_KEY, String(slide + 1));
  return readableQuery(params);
}

/** `search` without the presenter's keys: the address of the page once the presentation ends. */
export function clearPresentAddress(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(PRESENT_KEY);
  params.delete(SLIDE_KEY);
  return readableQuery(params);
}
