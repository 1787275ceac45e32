import "../styles/present.css";
import { clearPresentAddress, readPresentAddress, writePresentAddress } from "./address.ts";
import { pageDecks, type Deck } from "./decks.ts";
import { fitZoom } from "./fit.ts";
import { focusKind, slideAction, type SlideAction } from "./keys.ts";
import { element } from "../chrome/dom.ts";

/**
 * Presenter mode, loaded only when a Present button is pressed or the address asks for it
 * (src/chrome/present-trigger.ts). A modal dialog fills the screen (the Fullscreen API when the
 * browser allows it; otherwise the dialog alone covers the window) and shows one slide of a deck
 * at a time: the page's own element, moved onto the stage and put back when the slide changes or
 * the presentation ends, so an example stays live, inspectable by pointer and keyboard, with its
 * numbers. The slide is zoomed to fill the screen (./fit.ts), the example's tools are hidden.
 * A bar holds Previous, the position ("2 of 5"), Next, High contrast, Full screen (when the
 * browser did not go full screen by itself) and Exit; keys as in
 * ./keys.ts. The address keeps the position (./address.ts) with history.replaceState.
 */

/** The presentation on screen, if any: one at a time. */
let current: { readonly exit: () => void } | null = null;

/** Where the high-contrast choice is remembered between presentations. */
const CONTRAST_KEY = "attention-by-hand:present-contrast";

function button(doc: Document, text: string, className: string): HTMLButtonElement {
  return element(doc, "button", { type: "button", class: `present-button ${className}` }, text);
}

function remembered(win: Window): boolean {
  try {
    return win.localStorage.getItem(CONTRAST_KEY) === "1";
  } catch {
    return false;
  }
}

function remember(win: Window, on: boolean): void {
  try {
    if (on) win.localStorage.setItem(CONTRAST_KEY, "1");
    else win.localStorage.removeItem(CONTRAST_KEY);
  } catch {
    // Storage refused (private mode): the choice lasts for this presentation.
  }
}

/** Asks the island boot step to wake every example inside `slide` (WAKE_REQUEST in src/islands/boot.ts). */
function wakeIslands(slide: HTMLElement): void {
  const islands = slide.matches("[data-island]") ? [slide] : [...slide.querySelectorAll<HTMLElement>("[data-island]")];
  for (const island of islands) island.dispatchEvent(new CustomEvent("wake-island", { bubbles: true }));
}

/** The focusable elements of `root` a Tab reaches, in order. */
function tabbable(root: HTMLElement): HTMLElement[] {
  const selector =
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (node) => node.tabIndex >= 0 && node.getClientRects().length > 0 && !node.closest("[hidden], [inert]"),
  );
}

/**
 * Presents the deck called `deckId` from its first slide, or, with `deckId` null, the deck and slide
 * the address names (falling back to the first valid one, with a message). `opener` gets the focus
 * back when the presentation ends. Does nothing while a presentation is on screen, or when the
 * page has nothing to present.
 */
export async function startPresenting(
  doc: Document,
  win: Window,
  deckId: string | null,
  opener: HTMLElement | null,
): Promise<void> {
  if (current) return;
  const decks = pageDecks(doc);
  let deck: Deck | undefined;
  let start = 0;
  let message: string | null = null;
  if (deckId !== null) deck = decks.find((known) => known.id === deckId);
  else {
    const position = readPresentAddress(
      win.location.search,
      decks.map((known) => ({ id: known.id, title: known.title, count: known.slides.length })),
    );
    deck = position ? decks[position.deck] : undefined;
    start = position?.slide ?? 0;
    message = position?.message ?? null;
  }
  if (!deck) return;
  await presentDeck(doc, win, deck, { start, message, opener });
}

/** Where a deck starts, and who opened it. */
export interface PresentOptions {
  /** The slide shown first, from 0 (default 0). */
  readonly start?: number;
  /** A line shown above the bar and announced: what in the address could not be used. */
  readonly message?: string | null;
  /** The control that opened it, focused again at the end; null when the address opened it. */
  readonly opener?: HTMLElement | null;
}

/**
 * Presents any deck of the page's elements (see ./decks.ts). Goes full screen only when a control
 * opened it (a browser allows that only in answer to a press). Does nothing while a presentation
 * is on screen or when the deck has no slides.
 */
export async function presentDeck(doc: Document, win: Window, deck: Deck, options: PresentOptions = {}): Promise<void> {
  if (current || deck.slides.length === 0) return;
  const opener = options.opener ?? null;
  const returnTo = opener ?? doc.querySelector<HTMLElement>(`[data-present="${CSS.escape(deck.id)}"]`) ?? null;
  current = { exit: () => undefined };
  // Full screen first, then the dialog: the dialog must enter the top layer after the page does.
  // Without a user's press (a reload) or where it is not allowed, the dialog alone covers the window.
  const fullscreen = opener !== null && (await requestFullscreen(doc));
  present(doc, win, deck, options.start ?? 0, options.message ?? null, returnTo, fullscreen);
}

async function requestFullscreen(doc: Document): Promise<boolean> {
  if (!doc.fullscreenEnabled || doc.fullscreenElement) return false;
  try {
    await doc.documentElement.requestFullscreen({ navigationUI: "hide" });
    return true;
  } catch {
    return false;
  }
}

function present(
  doc: Document,
  win: Window,
  deck: Deck,
  start: number,
  message: string | null,
  returnTo: HTMLElement | null,
  inFullscreen: boolean,
): void {
  let fullscreen = inFullscreen;
  const count = deck.slides.length;
  const titleId = `present-title-${deck.id}`;
  const slideBox = element(doc, "div", { class: "present-slide" });
  const stage = element(doc, "div", { class: "present-stage", tabindex: "-1" }, slideBox);
  const previous = button(doc, "← Previous", "present-previous");
  const next = button(doc, "Next →", "present-next");
  const position = element(doc, "span", { class: "present-position" });
  const contrast = button(doc, "High contrast", "present-contrast");
  // Opened by an address (a reload), the browser allowed no full screen: one press asks again.
  const full = button(doc, "Full screen", "present-full");
  full.hidden = fullscreen || !doc.fullscreenEnabled;
  const exit = button(doc, "Exit", "present-exit");
  const title = element(doc, "span", { class: "present-title", id: titleId }, deck.title);
  const bar = element(
    doc,
    "div",
    { class: "present-bar", role: "group", "aria-label": "Presentation controls" },
    title,
    previous,
    position,
    next,
    contrast,
    full,
    exit,
  );
  const note = element(doc, "p", { class: "present-note" });
  const live = element(doc, "p", { class: "present-live visually-hidden", "aria-live": "polite" });
  const dialog = element(
    doc,
    "dialog",
    { class: "present", "aria-labelledby": titleId, "aria-modal": "true", "data-present-dialog": "" },
    stage,
    note,
    bar,
    live,
  );

  let shown = -1;
  let placeholder: Comment | null = null;
  let wasHidden = false;
  let ended = false;

  let undoShow: (() => void) | null = null;
  const putBack = () => {
    const slide = deck.slides[shown];
    if (!slide || !placeholder) return;
    undoShow?.();
    undoShow = null;
    placeholder.replaceWith(slide.element);
    slide.element.hidden = wasHidden;
    placeholder = null;
  };

  const fit = () => {
    fitZoom(stage, slideBox);
  };

  const show = (index: number, announce: boolean) => {
    const target = Math.min(count - 1, Math.max(0, index));
    if (target === shown) return;
    putBack();
    shown = target;
    const slide = deck.slides[target]!;
    placeholder = doc.createComment("presented");
    slide.element.before(placeholder);
    wasHidden = slide.element.hidden;
    slide.element.hidden = false;
    slideBox.replaceChildren(slide.element);
    undoShow = slide.onShow?.() ?? null;
    position.textContent = `${target + 1} of ${count}`;
    previous.disabled = target === 0;
    next.disabled = target === count - 1;
    if (count === 1) {
      previous.hidden = true;
      next.hidden = true;
    }
    wakeIslands(slide.element);
    stage.scrollTop = 0;
    fit();
    const address = writePresentAddress(win.location.search, deck.id, target);
    win.history.replaceState(win.history.state, "", `${win.location.pathname}${address}${win.location.hash}`);
    if (announce) live.textContent = `Slide ${target + 1} of ${count}: ${slide.label}`;
    // A button that just became disabled cannot keep the focus.
    if (doc.activeElement instanceof HTMLButtonElement && doc.activeElement.disabled) stage.focus();
  };

  const setContrast = (on: boolean) => {
    dialog.classList.toggle("is-high-contrast", on);
    contrast.setAttribute("aria-pressed", String(on));
  };

  const end = () => {
    if (ended) return;
    ended = true;
    current = null;
    putBack();
    resizeObserver.disconnect();
    hydration.disconnect();
    win.removeEventListener("resize", fit);
    doc.removeEventListener("fullscreenchange", onFullscreenChange);
    dialog.close();
    dialog.remove();
    if (fullscreen && doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    const address = clearPresentAddress(win.location.search);
    win.history.replaceState(win.history.state, "", `${win.location.pathname}${address}${win.location.hash}`);
    deck.onExit?.(shown);
    returnTo?.focus();
  };

  const act = (action: SlideAction) => {
    if (action === "exit") end();
    else if (action === "next") show(shown + 1, true);
    else if (action === "previous") show(shown - 1, true);
    else if (action === "first") show(0, true);
    else show(count - 1, true);
  };

  const onFullscreenChange = () => {
    // The browser left full screen (its own Escape, F11): the presentation ends with it.
    if (fullscreen && !doc.fullscreenElement) end();
  };

  // Escape leaves the presentation, and only that: caught on the way down, before the slide's
  // example would take it as "stop inspecting" and lose the number the room is looking at.
  dialog.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || event.ctrlKey || event.altKey || event.metaKey) return;
      event.stopPropagation();
      event.preventDefault();
      end();
    },
    { capture: true },
  );
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Tab") {
      trapTab(event, dialog);
      return;
    }
    const action = slideAction(event, focusKind(doc.activeElement));
    if (!action || (event.defaultPrevented && action !== "exit")) return;
    event.preventDefault();
    act(action);
  });
  // The dialog's own Escape (and a close request) ends the presentation the same way.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    end();
  });
  previous.addEventListener("click", () => act("previous"));
  next.addEventListener("click", () => act("next"));
  exit.addEventListener("click", () => end());
  full.addEventListener("click", () => {
    void requestFullscreen(doc).then((done) => {
      if (!done || ended) return;
      fullscreen = true;
      full.hidden = true;
      stage.focus();
    });
  });
  contrast.addEventListener("click", () => {
    const on = contrast.getAttribute("aria-pressed") !== "true";
    setContrast(on);
    remember(win, on);
  });

  // Refit when the window changes size, and when an example wakes and draws itself anew.
  const resizeObserver = new ResizeObserver(() => fit());
  resizeObserver.observe(stage);
  const hydration = new MutationObserver(() => fit());
  hydration.observe(slideBox, { subtree: true, attributes: true, attributeFilter: ["data-hydrated"] });
  win.addEventListener("resize", fit);
  doc.addEventListener("fullscreenchange", onFullscreenChange);

  setContrast(remembered(win));
  doc.body.append(dialog);
  dialog.showModal();
  show(start, false);
  if (message) note.textContent = message;
  else note.hidden = true;
  const where = count === 1 ? "" : `: slide ${shown + 1} of ${count}, ${deck.slides[shown]!.label}`;
  live.textContent = `${message ? `${message} ` : ""}Presenting ${deck.title}${where}.`;
  stage.focus();
  current = { exit: end };
}

/** Keeps Tab and Shift+Tab inside the dialog: past the last control back to the first, and round. */
function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const stops = tabbable(dialog);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = dialog.ownerDocument.activeElement;
  if (
    event.shiftKey &&
    (active === first || !dialog.contains(active) || active === dialog.querySelector(".present-stage"))
  ) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Ends the presentation on screen, if any (tests, and a lesson page moving on). */
export function stopPresenting(): void {
  current?.exit();
}
