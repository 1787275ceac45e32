import { countLabel, matchesQuery, queryWords } from "./search-match.ts";

/**
 * Search and the required-only filter on the index. The full list is in the HTML; this only hides
 * entries (and categories left empty), announces the count, and says so when nothing matches.
 */
export function initIndexSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("[data-concept-search]");
  const input = form?.querySelector<HTMLInputElement>("input[type=search]");
  const requiredOnly = form?.querySelector<HTMLInputElement>("[data-required-only]");
  const count = form?.querySelector<HTMLElement>("[data-search-count]");
  const empty = doc.querySelector<HTMLElement>("[data-search-empty]");
  if (!form || !input || !requiredOnly || !count || !empty) return;
  const entries = [...doc.querySelectorAll<HTMLElement>("li[data-concept-slug]")];
  const sections = [...doc.querySelectorAll<HTMLElement>("section[data-category]")];

  const update = () => {
    const words = queryWords(input.value);
    let shown = 0;
    for (const entry of entries) {
      const visible =
        matchesQuery(entry.dataset.search ?? "", words) && (!requiredOnly.checked || entry.dataset.required === "true");
      entry.hidden = !visible;
      if (visible) shown++;
    }
    for (const section of sections)
      section.hidden = section.querySelector("li[data-concept-slug]:not([hidden])") === null;
    count.textContent = shown === 0 ? "No concepts match." : countLabel(shown, entries.length);
    empty.hidden = shown !== 0;
    const echo = empty.querySelector("[data-search-echo]");
    if (echo)
      echo.textContent =
        words.length > 0
          ? `“${words.join(" ")}”${requiredOnly.checked ? " among required concepts" : ""}`
          : "among required concepts";
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("input", update);
  requiredOnly.addEventListener("change", update);
  empty.querySelector("[data-search-clear]")?.addEventListener("click", () => {
    input.value = "";
    requiredOnly.checked = false;
    update();
    input.focus();
  });
  form.hidden = false;
  // The browser may restore a typed query or a ticked box when the reader comes back.
  if (input.value || requiredOnly.checked) update();
}
