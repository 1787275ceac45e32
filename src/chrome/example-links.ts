/**
 * Links to worked examples: the note a concept page shows when a link names an example that is
 * not on it, and, on an embed page (`<body data-embed>`), the theme a slide deck asks for with
 * `?theme=` and the "From … · Attention, by Hand" link that opens the full page at the same
 * example with the same numbers. Nothing from the URL is ever parsed as HTML.
 */

/** Query keys that name no example: the KV-cache page's old `?step=N`, and an embed's `?theme=`. */
const NOT_EXAMPLE_KEYS: ReadonlySet<string> = new Set(["step", "theme"]);

/** Longest id quoted in the note; a longer one (a mangled link) is cut with "…". */
const MAX_QUOTED = 60;

/**
 * The ids a page's URL names, in the order they appear, each once. Query keys `<id>.<field>` name
 * an example; `<exerciseId>-<k>.seed` (or the older `seed.<exerciseId>-<k>`) names the "Check
 * yourself" block `<exerciseId>`; `step`, `theme` and keys without a dot name nothing. The hash
 * names an example or any other element (a heading). `search` and `hash` are as in `location`.
 * The island boot wakes the examples among them at once (src/islands/boot.ts); the note below
 * names those the page does not have.
 */
export function idsNamedByUrl(search: string, hash: string): string[] {
  const named: string[] = [];
  for (const key of new URLSearchParams(search).keys()) {
    if (NOT_EXAMPLE_KEYS.has(key)) continue;
    const dot = key.indexOf(".");
    if (dot <= 0) continue;
    const id = key.slice(0, dot);
    // An exercise's seed, `<check id>-<k>.seed` (or the older `seed.<check id>-<k>`), names its block.
    if (id === "seed") named.push(key.slice(dot + 1).replace(/-\d+$/, ""));
    else if (key.endsWith(".seed")) named.push(key.slice(0, -".seed".length).replace(/-\d+$/, ""));
    else named.push(id);
  }
  if (hash.length > 1) named.push(decodeOrKeep(hash.slice(1)));
  return [...new Set(named.filter((id) => id !== ""))];
}

/** The ids a concept page's URL names (see idsNamedByUrl) that `exists` does not know. */
export function unknownExampleIds(search: string, hash: string, exists: (id: string) => boolean): string[] {
  return idsNamedByUrl(search, hash).filter((id) => !exists(id));
}

/** Decodes percent escapes in a hash; a malformed one is kept as written. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `“a”`, `“a” and “b”`, `“a”, “b” and “c”`: ids quoted for a sentence, long ones shortened. */
function quoteList(ids: readonly string[]): string {
  const quoted = ids.map((id) => `“${id.length > MAX_QUOTED ? `${id.slice(0, MAX_QUOTED)}…` : id}”`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)!}`;
}

/** The note's sentence for one or several unknown ids (plain text). */
export function unknownExampleMessage(ids: readonly string[]): string {
  const one = ids.length === 1;
  return (
    `This link points to ${one ? "an example" : "examples"} called ${quoteList(ids)}, which ${one ? "is" : "are"} not on this page: ` +
    `${one ? "it" : "they"} may have been renamed or removed. The page shows its examples as written.`
  );
}

/**
 * On a concept page, puts a note at the top of the main content when the URL names examples the
 * page does not have (an old link after the page was edited). Text only, via textContent.
 */
export function initUnknownExampleNote(doc: Document, location: Pick<Location, "search" | "hash">): void {
  const main = doc.querySelector("main");
  if (!main || !doc.querySelector("article.concept")) return;
  const ids = unknownExampleIds(location.search, location.hash, (id) => doc.getElementById(id) !== null);
  if (ids.length === 0) return;
  const note = doc.createElement("p");
  note.className = "link-note";
  note.setAttribute("role", "note");
  note.dataset.unknownExample = "";
  note.textContent = unknownExampleMessage(ids);
  main.prepend(note);
}

/** `?theme=light` or `?theme=dark` → that theme; anything else (or nothing) → undefined. */
export function themeParam(search: string): "light" | "dark" | undefined {
  const theme = new URLSearchParams(search).get("theme");
  return theme === "light" || theme === "dark" ? theme : undefined;
}

/**
 * The full page's URL for an embed's source link: the concept page (`pageHref`, as rendered)
 * with the embed's current query, less `theme` (the full page has its own switch) and `report`
 * (completion messages are for a host page only), and `#id`.
 */
export function fullPageHref(pageHref: string, search: string, exampleId: string): string {
  const url = new URL(pageHref);
  const params = new URLSearchParams(search);
  params.delete("theme");
  params.delete("report");
  url.search = params.toString();
  url.hash = exampleId;
  return url.href;
}

/**
 * On an embed page: applies `?theme=` for this view only (not stored), and keeps the source
 * link's query equal to the page's, which the example rewrites with history.replaceState as the
 * learner edits its numbers; so the link is brought up to date whenever it may be followed.
 */
export function initEmbedPage(doc: Document, win: Window): void {
  if (!doc.body.hasAttribute("data-embed")) return;
  const theme = themeParam(win.location.search);
  if (theme) doc.documentElement.dataset.theme = theme;
  const link = doc.querySelector<HTMLAnchorElement>("a[data-embed-source]");
  const exampleId = doc.querySelector<HTMLElement>("[data-island]")?.id;
  if (!link || !exampleId) return;
  const pageHref = new URL(link.href);
  pageHref.search = "";
  pageHref.hash = "";
  const sync = () => {
    link.href = fullPageHref(pageHref.href, win.location.search, exampleId);
  };
  sync();
  for (const type of ["pointerenter", "focus", "click", "auxclick", "contextmenu"]) link.addEventListener(type, sync);
  win.addEventListener("popstate", sync);
}
