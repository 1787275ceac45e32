import { matchesQuery, queryWords } from "./search-match.ts";

interface SearchEntry {
  readonly title: string;
  readonly href: string;
  readonly search: string;
  readonly required: boolean;
}

/**
 * The 404 page's search: the same matching as the index, over the concept list embedded in the
 * page as JSON (<script type="application/json">, allowed by the CSP since it never runs).
 */
export function initNotFoundSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("[data-not-found-search]");
  const input = form?.querySelector<HTMLInputElement>("input[type=search]");
  const count = form?.querySelector<HTMLElement>("[data-search-count]");
  const results = form?.querySelector<HTMLElement>("[data-search-results]");
  const data = doc.getElementById("concept-search-data");
  if (!form || !input || !count || !results || !data) return;
  const entries = JSON.parse(data.textContent ?? "[]") as SearchEntry[];
  const indexHref = doc.querySelector<HTMLAnchorElement>("main a[href]")?.getAttribute("href") ?? "/";

  const update = () => {
    const words = queryWords(input.value);
    results.replaceChildren();
    if (words.length === 0) {
      count.textContent = "";
      return;
    }
    const found = entries.filter((entry) => matchesQuery(entry.search, words));
    for (const entry of found) {
      const item = doc.createElement("li");
      const link = doc.createElement("a");
      link.href = entry.href;
      link.textContent = entry.title;
      item.append(link);
      results.append(item);
    }
    if (found.length === 0) {
      count.textContent = `No concept matches “${words.join(" ")}”. `;
      const link = doc.createElement("a");
      link.href = indexHref;
      link.textContent = "Browse all concepts";
      count.append(link, ".");
    } else count.textContent = `${found.length} ${found.length === 1 ? "concept matches" : "concepts match"}.`;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    results.querySelector("a")?.focus();
  });
  input.addEventListener("input", update);
  form.hidden = false;
  if (input.value) update();
}
