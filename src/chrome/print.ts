/**
 * Printing: the light theme is applied and <details> elements print open (the CSS cannot open
 * them in every browser), both undone afterwards; links get their absolute address in
 * data-print-href, which print.css prints after the link text (without JavaScript it prints the
 * href as written).
 */
export function initPrint(win: Window): void {
  let opened: HTMLDetailsElement[] = [];
  let theme: string | undefined;
  const root = win.document.documentElement;
  win.addEventListener("beforeprint", () => {
    // Paper is white: print the light palette (heatmaps and plots included) whatever the screen uses.
    theme = root.dataset.theme;
    root.dataset.theme = "light";
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
    for (const details of opened) details.open = true;
    for (const link of win.document.querySelectorAll<HTMLAnchorElement>("main a[href]"))
      link.dataset.printHref = link.href;
  });
  win.addEventListener("afterprint", () => {
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
    for (const details of opened) details.open = false;
    opened = [];
  });
}
