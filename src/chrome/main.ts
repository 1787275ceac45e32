/**
 * The site chrome every page loads (a few KB, no React): the islands' boot step (which wakes each
 * worked example when a reader comes near it, acts on it or a link targets it; only then are React
 * and the example's code fetched), steps shown one at a time behind tabs, theme switch, heading
 * links, the index search and filter, the 404 search, the header's full-text search button (the
 * dialog loads when opened), print preparation, a worksheet's whole printed links, the note for
 * links to examples that are not on the page, an embed page's theme, source link and height
 * (posted to the frame's host), the service worker for offline use (in a build), and the Present
 * buttons (presenter mode loads when pressed). Each part does nothing on pages without its markup.
 */
import { bootIslands } from "../islands/boot.ts";
import { initStepTabs } from "./step-tabs.ts";
import { initThemeSwitch } from "./theme.ts";
import { initHeadingLinks } from "./copy-link.ts";
import { initIndexSearch } from "./index-search.ts";
import { initNotFoundSearch } from "./not-found-search.ts";
import { initPrint } from "./print.ts";
import { initEmbedPage, initUnknownExampleNote } from "./example-links.ts";
import { initEmbedHeight } from "./embed-height.ts";
import { initSiteSearch } from "./site-search.ts";
import { registerServiceWorker } from "./offline.ts";
import { initPresentMode } from "./present-trigger.ts";
import { fillSiteOrigin } from "./site-origin.ts";

// Before the islands wake: a step an address names must be shown before its example is scrolled to,
// and a worksheet's printed links are whole before (and whether or not) its island hydrates.
initStepTabs(document, window);
fillSiteOrigin(document, window.location.origin);
bootIslands(document, window);
initThemeSwitch(document);
initHeadingLinks(document);
initIndexSearch(document);
initNotFoundSearch(document);
initPrint(window);
initUnknownExampleNote(document, window.location);
initEmbedPage(document, window);
initEmbedHeight(document, window);
initSiteSearch(document);
registerServiceWorker(window);
// After the islands' boot step, which wakes the examples the presenter shows.
initPresentMode(document, window);

if (document.querySelector("[data-concept-slug]")) {
  // Exercise progress marks on the index (src/exercises/); the list works without them.
  import("../exercises/index-marks.ts")
    .then((module) => module.showProgressMarks())
    .catch((error: unknown) => console.warn("Progress marks unavailable:", error));
}
