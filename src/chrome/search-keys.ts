/**
 * The search dialog's keyboard rules, kept apart from the DOM so they can be tested on their own
 * (the "/" shortcut, which every page needs, is in ./search-shortcut.ts).
 */

import type { KeyPress } from "./search-shortcut.ts";

/** Where the focus goes after a key in the dialog: the field (-1), a result (0…), or nowhere new. */
export type SearchFocus =
  { readonly to: "field" } | { readonly to: "result"; readonly index: number } | { readonly to: "stay" };

/**
 * searchKeyTarget(key, at, count): the focus moves from the field (`at` = -1) or result `at` of
 * `count`. ArrowDown from the field goes to the first result, then down the list (stopping at
 * the last); ArrowUp goes back up, from the first result to the field; Home and End on a result
 * go to the first and last. Enter and Escape are left to the link and the dialog.
 */
export function searchKeyTarget(key: string, at: number, count: number): SearchFocus {
  if (count === 0) return { to: "stay" };
  switch (key) {
    case "ArrowDown":
      return { to: "result", index: Math.min(at + 1, count - 1) };
    case "ArrowUp":
      return at <= 0 ? { to: "field" } : { to: "result", index: at - 1 };
    case "Home":
      return at < 0 ? { to: "stay" } : { to: "result", index: 0 };
    case "End":
      return at < 0 ? { to: "stay" } : { to: "result", index: count - 1 };
    default:
      return { to: "stay" };
  }
}

/** Whether a key typed on a result belongs in the search field (a printable character or Backspace). */
export function typesIntoField(press: KeyPress): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey) return false;
  return press.key.length === 1 || press.key === "Backspace";
}
