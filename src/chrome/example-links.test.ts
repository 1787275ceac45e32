// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import {
  fullPageHref,
  initEmbedPage,
  initUnknownExampleNote,
  themeParam,
  unknownExampleIds,
  unknownExampleMessage,
} from "./example-links.ts";

/** Ids of a page with one example, one "Check yourself" block and one heading. */
const ON_PAGE = new Set(["qkv-projection", "qkv-check", "why-it-matters"]);
const exists = (id: string) => ON_PAGE.has(id);

describe("unknownExampleIds(search, hash, exists)", () => {
  it("names the id of an `<id>.<field>` key that is not on the page", () => {
    expect(unknownExampleIds("?nope.x=1", "", exists)).toEqual(["nope"]);
  });

  it("names nothing for a known example, a known heading in the hash, or an empty hash", () => {
    expect(unknownExampleIds("?qkv-projection.x=2,3&qkv-projection.W=1,10;0,-1", "#qkv-projection", exists)).toEqual(
      [],
    );
    expect(unknownExampleIds("", "#why-it-matters", exists)).toEqual([]);
    expect(unknownExampleIds("", "#", exists)).toEqual([]);
  });

  it("ignores step, theme and keys without a dot", () => {
    expect(unknownExampleIds("?step=3&theme=dark&utm=x&.x=1", "", exists)).toEqual([]);
  });

  it("reads seed.<exerciseId>-<k> as the Check yourself block <exerciseId>", () => {
    expect(unknownExampleIds("?seed.qkv-check-2=42", "", exists)).toEqual([]);
    expect(unknownExampleIds("?seed.old-check-1=42", "", exists)).toEqual(["old-check"]);
  });

  it("names an unknown hash, decoded, and each unknown id once in order", () => {
    expect(unknownExampleIds("?b.x=1&a.y=2&b.z=3", "#caf%C3%A9", exists)).toEqual(["b", "a", "café"]);
  });

  it("keeps a malformed percent escape in the hash as written", () => {
    expect(unknownExampleIds("", "#bad%E0", exists)).toEqual(["bad%E0"]);
  });
});

describe("unknownExampleMessage(ids)", () => {
  it("says which example is missing and that the page shows its own numbers", () => {
    expect(unknownExampleMessage(["foo"])).toBe(
      "This link points to an example called “foo”, which is not on this page: it may have been renamed or removed. The page shows its examples as written.",
    );
  });

  it("lists several ids in one sentence and shortens a very long one", () => {
    expect(unknownExampleMessage(["a", "b", "c"])).toMatch(
      /^This link points to examples called “a”, “b” and “c”, which are not on this page: they may/,
    );
    expect(unknownExampleMessage(["x".repeat(100)])).toContain(`“${"x".repeat(60)}…”`);
  });
});

describe("themeParam(search)", () => {
  it.each([
    ["?theme=light", "light"],
    ["?theme=dark", "dark"],
    ["?theme=blue", undefined],
    ["?theme=DARK", undefined],
    ["", undefined],
  ])("%j → %s", (search, expected) => {
    expect(themeParam(search)).toBe(expected);
  });
});

describe("fullPageHref(pageHref, search, id)", () => {
  it("carries the embed's query (less theme) to the concept page, at the example", () => {
    expect(
      fullPageHref("http://h/concepts/qkv-projections/", "?qkv-projection.x=2,3&theme=dark", "qkv-projection"),
    ).toBe("http://h/concepts/qkv-projections/?qkv-projection.x=2%2C3#qkv-projection");
    expect(fullPageHref("http://h/a/concepts/softmax/", "", "softmax")).toBe("http://h/a/concepts/softmax/#softmax");
  });

  it("leaves out an exercise embed's report=, which only asks for messages to its host page", () => {
    expect(fullPageHref("http://h/concepts/softmax/", "?report=1&softmax-check-1.seed=7", "softmax-check")).toBe(
      "http://h/concepts/softmax/?softmax-check-1.seed=7#softmax-check",
    );
  });
});

describe("in a document", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    document.body.removeAttribute("data-embed");
    delete document.documentElement.dataset.theme;
    window.history.replaceState(null, "", "/");
  });

  it("initUnknownExampleNote puts the note first in main, as text (no element from the URL)", () => {
    document.body.innerHTML = '<main><article class="concept"><div id="qkv-projection"></div></article></main>';
    initUnknownExampleNote(document, { search: "?%3Cimg%20src%3Dx%3E.x=1&qkv-projection.x=1", hash: "" });
    const note = document.querySelector("main > .link-note");
    expect(document.querySelector("main")!.firstElementChild).toBe(note);
    expect(note?.textContent).toContain("called “<img src=x>”");
    expect(document.querySelector("img")).toBeNull();
  });

  it("initUnknownExampleNote adds nothing when every id is on the page, or off concept pages", () => {
    document.body.innerHTML = '<main><article class="concept"><div id="qkv-projection"></div></article></main>';
    initUnknownExampleNote(document, { search: "?qkv-projection.x=1", hash: "#qkv-projection" });
    expect(document.querySelector(".link-note")).toBeNull();
    document.body.innerHTML = "<main><h1>All concepts</h1></main>";
    initUnknownExampleNote(document, { search: "?nope.x=1", hash: "" });
    expect(document.querySelector(".link-note")).toBeNull();
  });

  it("initEmbedPage applies ?theme= and keeps the source link's query in step with the page", () => {
    window.history.replaceState(null, "", "/embed/qkv-projections/qkv-projection/?theme=dark&qkv-projection.x=2,3");
    document.body.setAttribute("data-embed", "");
    document.body.innerHTML =
      '<main><div id="qkv-projection" data-island="ProjectionExample"></div>' +
      '<a data-embed-source href="/concepts/qkv-projections/#qkv-projection">From</a></main>';
    initEmbedPage(document, window);
    const link = document.querySelector<HTMLAnchorElement>("a[data-embed-source]")!;
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(new URL(link.href).pathname + new URL(link.href).search + new URL(link.href).hash).toBe(
      "/concepts/qkv-projections/?qkv-projection.x=2%2C3#qkv-projection",
    );
    // The example rewrites the query as the learner edits; following the link uses the new one.
    window.history.replaceState(null, "", "/embed/qkv-projections/qkv-projection/?qkv-projection.x=5,1");
    link.addEventListener("click", (event) => event.preventDefault());
    link.click();
    expect(new URL(link.href).search).toBe("?qkv-projection.x=5%2C1");
  });

  it("initEmbedPage ignores an unknown theme and does nothing off embed pages", () => {
    window.history.replaceState(null, "", "/embed/softmax/softmax/?theme=%3Cb%3E");
    document.body.setAttribute("data-embed", "");
    initEmbedPage(document, window);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    document.body.removeAttribute("data-embed");
    window.history.replaceState(null, "", "/concepts/softmax/?theme=dark");
    initEmbedPage(document, window);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
