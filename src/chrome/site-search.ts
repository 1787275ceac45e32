import { isSearchShortcut } from "./search-shortcut.ts";

/**
 * The header's Search button and its "/" shortcut. This part is in the chrome script every page
 * loads, so it stays tiny: the dialog (./search-dialog.ts, with its stylesheet) and Pagefind load
 * only when a reader first opens the search. Without JavaScript the button stays hidden.
 */
export function initSiteSearch(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>("[data-site-search]");
  if (!button) return;
  let opening = false;
  const open = () => {
    if (opening) return;
    opening = true;
    const returnTo = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : button;
    import("./search-dialog.ts")
      .then((module) => module.openSearchDialog(doc, returnTo))
      .catch((error: unknown) => console.warn("The search could not be opened:", error))
      .finally(() => (opening = false));
  };
  button.addEventListener("click", open);
  doc.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || doc.querySelector("dialog[open]") || !isSearchShortcut(event, doc.activeElement)) return;
    event.preventDefault();
    open();
  });
  button.hidden = false;
}
