/**
 * Printed links that must be whole (a worksheet's "check your answers at …"): the server cannot
 * know the site's origin, so it leaves an empty `[data-site-origin]` before each path and the site
 * script writes the origin in here, before the worksheet's island wakes (it may never wake: a
 * sheet printed as served needs no React). The island renders the same origin once hydrated.
 */
export function fillSiteOrigin(doc: Document, origin: string): void {
  // A page opened from a file has the opaque origin "null": its paths are left as they are.
  if (origin === "null") return;
  for (const slot of doc.querySelectorAll<HTMLElement>("[data-site-origin]")) slot.textContent = origin;
}
