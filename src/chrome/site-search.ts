import { isSearchShortcut } from "./search-shortcut.ts";

/**
 * The header's Search button and its "/" shortcut. This part is in the chrome script every page
 * loads, so it stays tiny: the dialog (./search-dialog.ts, with its stylesheet) and Pagefind load
 * only when a reader first opens the search. What the reader types while the dialog is loading
 * is kept and put into its field. Without JavaScript the button stays hidden.
 */
export function initSiteSearch(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>("[data-site-search]");
  if (!button) return;
  /** Typed since the search was asked for and before its dialog was there; undefined when not loading. */
  let typed: string | undefined;
  const open = () => {
    if (typed !== undefined) return;
    typed = "";
    const returnTo =
      doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : button;
    import("./search-dialog.ts")
      .then((module) => module.openSearchDialog(doc, returnTo, typed))
      .catch((error: unknown) => console.warn("The search could not be opened:", error))
      .finally(() => (typed = undefined));
  };
  button.addEventListener("click", open);
  doc.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typed !== undefined && (event.key.length === 1 || event.key === "Backspace")) {
      typed = event.key === "Backspace" ? typed.slice(0, -1) : typed + event.key;
      event.preventDefault();
    } else if (!doc.querySelector("dialog[open]") && isSearchShortcut(event, doc.activeElement)) {
      event.preventDefault();
      open();
    }
  });
  button.hidden = false;
}
