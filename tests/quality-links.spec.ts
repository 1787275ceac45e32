import { expect, test } from "@playwright/test";
import { pageIds, pageReferences, readPage, resolveInternal } from "./helpers/html.ts";
import { prerenderedPages } from "./helpers/site.ts";

/** Every page in dist/, read once; links are checked on the files, as a static host serves them. */
const PAGES = prerenderedPages().map(({ route }) => ({ route, html: readPage(route) }));
const IDS = new Map(PAGES.map(({ route, html }) => [route, pageIds(html)]));
/** The route of each built file, to find a linked page's ids. */
const routeOf = (file: string) => PAGES.find(({ route }) => resolveInternal("/", route)?.file === file)?.route;

test("every internal link, asset reference and #anchor on every page resolves", () => {
  const broken: string[] = [];
  for (const { route, html } of PAGES) {
    for (const { tag, attribute, value, line } of pageReferences(html)) {
      const where = `${route} line ${line}: <${tag} ${attribute}="${value}">`;
      if (value === "" || value === "#") {
        broken.push(`${where} points nowhere`);
        continue;
      }
      const target = resolveInternal(route, value);
      if (target === null) continue; // another site
      if (!target.file) {
        broken.push(`${where}: nothing in dist/ serves ${target.route}`);
        continue;
      }
      if (target.fragment) {
        const targetRoute = routeOf(target.file);
        const ids = targetRoute === undefined ? undefined : IDS.get(targetRoute);
        if (!ids?.has(target.fragment))
          broken.push(`${where}: no element with id "${target.fragment}" on ${targetRoute ?? target.route}`);
      }
    }
  }
  expect(broken, "broken internal references").toEqual([]);
});

test("every page can be reached from the index by following links", () => {
  const reached = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0) {
    const route = queue.shift()!;
    const html = PAGES.find((page) => page.route === route)?.html ?? "";
    for (const { tag, value } of pageReferences(html)) {
      if (tag !== "a") continue;
      const target = resolveInternal(route, value);
      const next = target?.file ? routeOf(target.file) : undefined;
      if (next !== undefined && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  // The not-found page is served for unknown URLs, never linked. Embed pages are for iframes: their
  // example's Embed tool gives the address (tests/embed.spec.ts), no page links to them.
  const unreachable = PAGES.map(({ route }) => route).filter(
    (route) => route !== "/404.html" && !route.startsWith("/embed/") && !reached.has(route),
  );
  expect(unreachable, "pages no chain of links from / leads to").toEqual([]);
});
