/**
 * The "/" shortcut that opens the search from anywhere on a page. Part of the chrome script every
 * page loads; the dialog's own keys are in ./search-keys.ts, loaded with the dialog.
 */

/** What a keydown carries that the rules look at (a KeyboardEvent has all of these). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly isComposing?: boolean;
}

/** Whether an element takes typed text (then "/" is a character, not the shortcut). */
export function takesText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element.tagName === "TEXTAREA" || element.tagName === "SELECT") return true;
  if (element.tagName !== "INPUT") return false;
  const type = (element as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "range", "reset", "submit", "color", "file", "image"].includes(type);
}

/**
 * isSearchShortcut(press, focused) → true for "/" pressed without Ctrl, ⌘ or Alt while the
 * focus is not in a text field (where it types a slash, as in a fraction or a matrix row).
 */
export function isSearchShortcut(press: KeyPress, focused: Element | null): boolean {
  return (
    press.key === "/" && !press.ctrlKey && !press.metaKey && !press.altKey && !press.isComposing && !takesText(focused)
  );
}
