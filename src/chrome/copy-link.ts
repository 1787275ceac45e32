/**
 * The link icon beside each heading: without JavaScript a plain #anchor link; with it, following
 * the link also copies the section's full URL and says so in the page's status region.
 */
export function initHeadingLinks(doc: Document): void {
  const status = doc.querySelector<HTMLElement>("[data-copy-status]");
  for (const link of doc.querySelectorAll<HTMLAnchorElement>("a[data-heading-link]")) {
    const section = link.getAttribute("aria-label")?.replace(/^Link to section: /, "") ?? "";
    link.setAttribute("aria-label", `Copy link to section: ${section}`);
    link.title = "Copy link to this section";
    link.addEventListener("click", () => {
      const url = link.href;
      const announce = (message: string) => {
        if (!status) return;
        status.textContent = "";
        // A fresh text node makes screen readers announce the same message twice in a row.
        requestAnimationFrame(() => (status.textContent = message));
      };
      if (!navigator.clipboard) return announce(`Link to “${section}” is in the address bar.`);
      navigator.clipboard.writeText(url).then(
        () => announce(`Link to “${section}” copied.`),
        () => announce(`Could not copy; the link to “${section}” is in the address bar.`),
      );
    });
  }
}
