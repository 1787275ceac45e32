import "../styles/search.css";
import {
  marksQuery,
  excerptParts,
  resultCountLabel,
  shapeResults,
  subscriptParts,
  type ExcerptPart,
  type PagefindPage,
  type SearchHit,
} from "./search-results.ts";
import { searchKeyTarget, typesIntoField } from "./search-keys.ts";
import { element } from "./dom.ts";

/**
 * The full-text search dialog, loaded the first time a reader opens the search (./site-search.ts).
 * A modal <dialog>: a search field, a live line with the count, and the results as a list of
 * links (page, section, excerpt with the match marked). Arrow keys move between the field and
 * the results, Enter opens (the first result from the field), Escape closes and the focus goes
 * back to where it was. Pagefind (built into /pagefind/ by build/search-index.ts) is imported
 * from the site when the dialog first opens; its WebAssembly needs `'wasm-unsafe-eval'` (build/csp.ts).
 */

/** The part of Pagefind's browser API used here (pagefind.js). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
}

/** Pages whose excerpts are loaded per query (each is one small fetch). */
const PAGES_SHOWN = 8;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // The index's URLs are below the base (build/search-index.ts); results get it in front.
    await module.options({ baseUrl: base, excerptLength: 22 });
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

interface SearchDialog {
  readonly dialog: HTMLDialogElement;
  readonly input: HTMLInputElement;
  /** Set when the dialog closes because a result was followed: the focus then goes with the link. */
  followed: boolean;
}

let built: SearchDialog | undefined;

/** Text runs as nodes: text, <sub> for a subscript, <mark> around a match. */
function runs(doc: Document, parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    let node: Node = doc.createTextNode(part.text);
    if (part.subscript) node = element(doc, "sub", {}, node);
    if (part.marked) node = element(doc, "mark", {}, node);
    return node;
  });
}

/** One result: a link whose text reads "page, section: excerpt". */
function hitItem(doc: Document, hit: SearchHit): HTMLLIElement {
  const link = element(
    doc,
    "a",
    { href: hit.url, class: "site-search-hit" },
    element(doc, "span", { class: "site-search-page" }, ...runs(doc, subscriptParts(hit.page, false))),
    ...(hit.section
      ? [
          element(
            doc,
            "span",
            { class: "site-search-section" },
            element(doc, "span", { class: "visually-hidden" }, ", section: "),
            ...runs(doc, subscriptParts(hit.section, false)),
          ),
        ]
      : []),
    element(doc, "span", { class: "visually-hidden" }, ": "),
    element(doc, "span", { class: "site-search-excerpt" }, ...runs(doc, excerptParts(hit.excerpt))),
  );
  return element(doc, "li", {}, link);
}

function build(doc: Document): SearchDialog {
  const input = element(doc, "input", {
    type: "search",
    id: "site-search-input",
    autocomplete: "off",
    spellcheck: "false",
    enterkeyhint: "go",
    "aria-describedby": "site-search-help",
    "aria-controls": "site-search-results",
  });
  const status = element(doc, "p", { class: "site-search-status", role: "status" });
  const list = element(doc, "ol", { class: "site-search-results", id: "site-search-results", "aria-label": "Results" });
  const close = element(doc, "button", { type: "button", class: "site-search-close" }, "Close");
  const form = element(
    doc,
    "form",
    { class: "site-search-form", role: "search" },
    element(doc, "label", { for: "site-search-input", class: "site-search-label" }, "Search every page"),
    input,
    close,
  );
  const dialog = element(
    doc,
    "dialog",
    { class: "site-search", "aria-label": "Search the site" },
    element(
      doc,
      "div",
      { class: "site-search-box" },
      form,
      element(
        doc,
        "p",
        { id: "site-search-help", class: "site-search-help" },
        "Headings, text and the worked examples in words. ↑ ↓ move through the results, Enter opens one, Esc closes.",
      ),
      status,
      list,
    ),
  );
  doc.body.append(dialog);

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a")];
  let searchId = 0;
  let timer: number | undefined;

  const run = async () => {
    const query = input.value.trim();
    const id = ++searchId;
    if (query === "") {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    try {
      status.textContent = "Searching…";
      const engine = await loadPagefind();
      const search = await engine.search(query);
      if (id !== searchId || !search) return;
      const found = await Promise.all(search.results.map((result) => result.data()));
      if (id !== searchId) return;
      const pages = found.filter((page) => marksQuery(page.excerpt, query));
      list.replaceChildren(...shapeResults(pages.slice(0, PAGES_SHOWN)).map((hit) => hitItem(doc, hit)));
      status.textContent = resultCountLabel(pages.length, query);
    } catch {
      if (id !== searchId) return;
      list.replaceChildren();
      status.textContent = import.meta.env.DEV
        ? "The search index is made by the build: run npm run build, then npm run preview."
        : "The search index could not be loaded. Check the connection and try again.";
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    links()[0]?.click();
  });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      // One press closes, even when the field holds text (which the browser would clear first).
      event.preventDefault();
      dialog.close();
      return;
    }
    const all = links();
    const at = all.indexOf(doc.activeElement as HTMLAnchorElement);
    if (at === -1 && doc.activeElement !== input) return;
    if (at >= 0 && typesIntoField(event)) {
      input.focus(); // the character then goes into the field
      return;
    }
    const target = searchKeyTarget(event.key, at, all.length);
    if (target.to === "stay") return;
    event.preventDefault();
    (target.to === "field" ? input : all[target.index]!).focus();
  });
  // Following a result (click, or Enter on it or in the field) closes the dialog. A section of
  // this page is then only scrolled to, and the focus must stay there rather than go back up to
  // the Search button.
  list.addEventListener("click", (event) => {
    if (!(event.target as Element).closest("a")) return;
    state.followed = true;
    dialog.close();
  });
  // A click on the backdrop (the dialog itself, around its box) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  const state: SearchDialog = { dialog, input, followed: false };
  return state;
}

/**
 * Opens the search dialog (building it the first time) and starts loading Pagefind; when it
 * closes, the focus returns to `returnTo` (the Search button, or what had focus before "/").
 * `typed` is what the reader typed while the dialog was loading: it replaces the last query.
 */
export function openSearchDialog(doc: Document, returnTo: HTMLElement, typed = ""): void {
  const state = (built ??= build(doc));
  const { dialog, input } = state;
  if (dialog.open) return;
  state.followed = false;
  dialog.addEventListener(
    "close",
    () => {
      if (!state.followed && returnTo.isConnected) returnTo.focus();
    },
    { once: true },
  );
  dialog.showModal();
  input.focus();
  if (typed) {
    input.value = typed;
    input.dispatchEvent(new Event("input"));
  } else input.select();
  loadPagefind().catch(() => undefined);
}
