/**
 * The site chrome every page loads (a few KB, no React): theme switch, heading links, the index
 * search and filter, the 404 search, and print preparation. Each part does nothing on pages
 * without its markup.
 */
import { initThemeSwitch } from "./theme.ts";
import { initHeadingLinks } from "./copy-link.ts";
import { initIndexSearch } from "./index-search.ts";
import { initNotFoundSearch } from "./not-found-search.ts";
import { initPrint } from "./print.ts";

initThemeSwitch(document);
initHeadingLinks(document);
initIndexSearch(document);
initNotFoundSearch(document);
initPrint(window);

if (document.querySelector("[data-concept-slug]")) {
  // Exercise progress marks on the index (src/exercises/); the list works without them.
  import("../exercises/index-marks.ts")
    .then((module) => module.showProgressMarks())
    .catch((error: unknown) => console.warn("Progress marks unavailable:", error));
}
