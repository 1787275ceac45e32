// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { initStepTabs } from "../chrome/step-tabs.ts";
import { pageDecks } from "./decks.ts";

/** A page with an example before a step-through of two steps, one holding another example. */
function serve(): void {
  document.body.innerHTML = `
    <div class="island" id="ex-a" data-island="A"><button data-present="ex-a" data-present-title="First example">Present</button></div>
    <div class="step-tabs" data-step-tabs="Steps of the example">
      <section class="step-tab" id="s-a" data-step-title="1. Queries"><h3>1. Queries</h3></section>
      <section class="step-tab" id="s-b" data-step-title="2. Scores"><h3>2. Scores</h3>
        <div class="island" id="ex-b" data-island="B"><button data-present="ex-b" data-present-title="Scores example">Present</button></div>
      </section>
    </div>
    <button data-present="not-an-island">Present</button><p id="not-an-island"></p>`;
}

describe("pageDecks(document)", () => {
  it("lists examples and step-throughs in page order, each once, with their slides", () => {
    serve();
    initStepTabs(document, { location: { search: "", hash: "" }, addEventListener: () => {} } as unknown as Window);
    const decks = pageDecks(document);
    expect(decks.map((deck) => [deck.id, deck.title, deck.slides.map((slide) => slide.label)])).toEqual([
      ["ex-a", "First example", ["First example"]],
      ["s-a", "Steps of the example", ["1. Queries", "2. Scores"]],
      ["ex-b", "Scores example", ["Scores example"]],
    ]);
    expect(decks[0]!.slides[0]!.element).toBe(document.getElementById("ex-a"));
    expect(decks[1]!.slides[1]!.element).toBe(document.getElementById("s-b"));
  });

  it("shows the step presented last in the page's tabs when a step-through ends", () => {
    serve();
    initStepTabs(document, { location: { search: "", hash: "" }, addEventListener: () => {} } as unknown as Window);
    const steps = pageDecks(document).find((deck) => deck.id === "s-a")!;
    steps.onExit?.(1);
    expect(document.getElementById("s-b")!.hidden).toBe(false);
    expect(document.getElementById("s-a")!.hidden).toBe(true);
  });

  it("reads a deck written in markup, its own slides only, in order", () => {
    document.body.innerHTML = `
      <ol data-present-deck="lesson" data-present-title="A lesson">
        <li data-present-slide="Item 1" id="i1"></li>
        <li data-present-slide="" id="i2"><div data-present-deck="inner"><p data-present-slide="Inner"></p></div></li>
        <li id="not-a-slide"></li>
      </ol>
      <div data-present-deck="empty"></div>`;
    const decks = pageDecks(document);
    expect(decks.map((deck) => [deck.id, deck.title, deck.slides.map((slide) => slide.label)])).toEqual([
      ["lesson", "A lesson", ["Item 1", "i2"]],
      ["inner", "inner", ["Inner"]],
    ]);
  });

  it("finds nothing to present on a page without examples or steps", () => {
    document.body.innerHTML = "<p>Words.</p>";
    expect(pageDecks(document)).toEqual([]);
  });
});

describe("a marked deck inside an island (a lesson's items)", () => {
  function lesson(): void {
    document.body.innerHTML = `
      <div id="lesson" data-island="Lesson">
        <h2>Title</h2>
        <p class="share"><button data-present="items">Present lesson</button></p>
        <ol data-present-deck="items" data-present-title="My lesson">
          <li id="i1"><h3>1.</h3><div id="s1" data-present-slide="1. Softmax"><p>note</p></div></li>
          <li id="i2"><h3>2.</h3><p id="tools" hidden>tools</p><div id="s2" data-present-slide="2. Q, K and V"></div></li>
        </ol>
      </div>`;
  }

  it("presents the island's root, each slide showing only its item, and puts everything back as it was", () => {
    lesson();
    const deck = pageDecks(document).find((found) => found.id === "items")!;
    expect(deck.title).toBe("My lesson");
    expect(deck.slides.map((slide) => slide.label)).toEqual(["1. Softmax", "2. Q, K and V"]);
    const root = document.getElementById("lesson")!;
    expect(deck.slides.every((slide) => slide.element === root)).toBe(true);

    const undo = deck.slides[1]!.onShow!();
    const hidden = (id: string) => document.getElementById(id)!.hidden;
    const shown = [...document.querySelectorAll<HTMLElement>("#lesson *")].filter(
      (element) => !element.closest("[hidden]"),
    );
    expect(shown.map((element) => element.id || element.tagName)).toEqual(["OL", "i2", "s2"]);
    expect(hidden("i1")).toBe(true);
    undo();
    expect(hidden("i1")).toBe(false);
    expect(hidden("tools")).toBe(true);
    expect(root.querySelectorAll("[hidden]")).toHaveLength(1);
  });

  it("outside an island, a slide is presented itself", () => {
    document.body.innerHTML = `<ol data-present-deck="d"><li id="a" data-present-slide="A"></li></ol>`;
    const [slide] = pageDecks(document)[0]!.slides;
    expect(slide!.element).toBe(document.getElementById("a"));
    expect(slide!.onShow).toBeUndefined();
  });
});
