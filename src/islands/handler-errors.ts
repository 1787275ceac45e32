/**
 * Errors thrown in an island's event handlers: React does not route them to error boundaries, so
 * they are caught here and the island they happened in shows its failure message.
 */

/**
 * Events during which an island's own handlers run. An error thrown in a handler does not reach
 * React's error boundaries; it is reported to `window` while the event is being dispatched, so
 * the island the event passed through last is the one that failed.
 */
const ISLAND_EVENTS = [
  "click",
  "pointerdown",
  "pointerup",
  "pointerover",
  "pointerout",
  "pointermove",
  "mouseover",
  "mouseout",
  "mousedown",
  "mouseup",
  "keydown",
  "keyup",
  "focusin",
  "focusout",
  "input",
  "change",
  "touchstart",
  "touchend",
] as const;

/** The island an event is passing through right now, and how to make it show its failure message. */
let dispatching: { readonly element: HTMLElement; readonly fail: (error: unknown) => void } | undefined;

let listening = false;

/** One window listener routes errors thrown in island event handlers to that island. */
function listenForHandlerErrors() {
  if (listening) return;
  listening = true;
  window.addEventListener("error", (event) => {
    if (dispatching) dispatching.fail(event.error ?? event.message);
  });
}

/**
 * Routes errors thrown while an event passes through `element` to `fail()` (the island's
 * IslandBoundary, once mounted). Call before React attaches its own listeners to the element.
 */
export function routeHandlerErrors(element: HTMLElement, fail: () => ((error: unknown) => void) | undefined): void {
  listenForHandlerErrors();
  // One timer at a time: one pointer move fires several of these events, and a timer for each
  // cost a hover about as much script time as its render. The timer is a task of its own, so it
  // still clears only after the events dispatched before it.
  let clearing = false;
  const clear = () => {
    clearing = false;
    if (dispatching?.element === element) dispatching = undefined;
  };
  const track = () => {
    const report = fail();
    if (report) dispatching = { element, fail: report };
    // Cleared after the event's task, so a later error outside any island is not blamed on this one.
    if (!clearing) {
      clearing = true;
      setTimeout(clear);
    }
  };
  // Capturing listeners on the island root, added before React's, run first for every event
  // that reaches the island's handlers.
  for (const type of ISLAND_EVENTS) element.addEventListener(type, track, { capture: true });
}
