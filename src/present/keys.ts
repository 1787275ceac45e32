/**
 * The presenter's keys. A clicker sends PageDown and PageUp; a keyboard adds the arrows, Space,
 * Home and End. Where the focus is decides who gets a key:
 * - in an inspectable grid or another widget that moves its own focus (a matrix's numbers, a
 *   token row, a tab list, a menu), ← → Home End belong to it (they move between numbers), so
 *   only PageDown, PageUp and Escape move the slides;
 * - in a text field every key but those three types or edits;
 * - on a button, link or checkbox Space presses it; the arrows still move the slides;
 * - anywhere else (the slide itself, the bar's position text) every key below moves the slides.
 * Escape always leaves. A key with Ctrl, Alt or ⌘ held is the browser's.
 */

/** What a key press does to the presentation. */
export type SlideAction = "next" | "previous" | "first" | "last" | "exit";

/** What kind of element has the focus, as far as the presenter's keys care. */
export type FocusKind = "widget" | "text" | "control" | "other";

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/** The action of a key press with the focus in an element of kind `focus`; null leaves the key alone. */
export function slideAction(press: KeyPress, focus: FocusKind): SlideAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  switch (press.key) {
    case "Escape":
      return "exit";
    case "PageDown":
      return "next";
    case "PageUp":
      return "previous";
  }
  if (focus === "widget" || focus === "text") return null;
  switch (press.key) {
    case "ArrowRight":
      return "next";
    case "ArrowLeft":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case " ":
      return focus === "control" ? null : press.shiftKey ? "previous" : "next";
  }
  return null;
}

/** Elements whose own keys include the arrows (and Home, End): inspectable numbers and composite widgets. */
const WIDGET =
  '[data-cell], .matrix, .token-row, [role="tablist"], [role="tab"], [role="menu"], [role="menuitem"], ' +
  '[role="radiogroup"], [role="radio"], [role="slider"], [role="listbox"], [role="grid"], input[type="range"], input[type="radio"]';
const TEXT =
  'input:not([type="button"], [type="checkbox"], [type="radio"], [type="range"]), textarea, select, [contenteditable]';
const CONTROL = 'button, a[href], summary, [role="button"], [role="switch"], [role="checkbox"], input, label';

/** What kind of element `element` (the focused one) is for slideAction. */
export function focusKind(element: Element | null): FocusKind {
  if (!element) return "other";
  if (element.closest(TEXT)) return "text";
  if (element.closest(WIDGET)) return "widget";
  if (element.closest(CONTROL)) return "control";
  return "other";
}
