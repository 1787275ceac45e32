// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { initStepTabs } from "./step-tabs.ts";

/** The server HTML of <StepTabs> with three steps, the second holding an example. */
function serve(): HTMLElement {
  document.body.innerHTML = `
    <div class="step-tabs" data-step-tabs="Steps of the example">
      <section class="step-tab" id="s-a" data-step-title="1. Queries"><h3 id="s-a-title">1. Queries</h3><p>A</p></section>
      <section class="step-tab" id="s-b" data-step-title="2. Scores"><h3 id="s-b-title">2. Scores</h3><div id="ex-b" data-island="">B</div></section>
      <section class="step-tab" id="s-c" data-step-title="3. Softmax"><h3 id="s-c-title">3. Softmax</h3><p>C</p></section>
    </div>`;
  return document.querySelector<HTMLElement>("[data-step-tabs]")!;
}

/** A window whose address is `search` and `hash`. */
function at(search = "", hash = ""): Window {
  return { location: { search, hash }, addEventListener: () => {} } as unknown as Window;
}

const shown = () => [...document.querySelectorAll<HTMLElement>(".step-tab")].filter((p) => !p.hidden).map((p) => p.id);
const tabs = () => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const key = (key: string) =>
  document.querySelector('[role="tablist"]')!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));

describe("initStepTabs", () => {
  beforeEach(() => {
    document.body.innerHTML = "";
  });

  it("shows the first step behind a named tab list whose tabs are the steps' titles", () => {
    serve();
    initStepTabs(document, at());
    expect(shown()).toEqual(["s-a"]);
    expect(document.querySelector('[role="tablist"]')?.getAttribute("aria-label")).toBe("Steps of the example");
    expect(tabs().map((t) => [t.textContent, t.getAttribute("aria-selected"), t.tabIndex])).toEqual([
      ["1. Queries", "true", 0],
      ["2. Scores", "false", -1],
      ["3. Softmax", "false", -1],
    ]);
    const panel = document.getElementById("s-b")!;
    expect(panel.getAttribute("role")).toBe("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(tabs()[1]!.id);
    expect(tabs()[1]!.getAttribute("aria-controls")).toBe("s-b");
  });

  it("moves by arrow keys (wrapping), Home and End, and by clicking a tab", () => {
    serve();
    initStepTabs(document, at());
    key("ArrowRight");
    expect(shown()).toEqual(["s-b"]);
    expect(document.activeElement).toBe(tabs()[1]);
    key("End");
    expect(shown()).toEqual(["s-c"]);
    key("ArrowRight");
    expect(shown()).toEqual(["s-a"]);
    key("ArrowLeft");
    expect(shown()).toEqual(["s-c"]);
    key("Home");
    expect(shown()).toEqual(["s-a"]);
    tabs()[2]!.click();
    expect(shown()).toEqual(["s-c"]);
  });

  it("offers Back and Next named after the neighbouring steps, and neither past an end", () => {
    serve();
    initStepTabs(document, at());
    const [back, next] = [...document.querySelectorAll<HTMLButtonElement>(".step-tab-move")];
    expect(back!.hidden).toBe(true);
    expect(next!.textContent).toBe("Next: 2. Scores →");
    next!.click();
    expect(shown()).toEqual(["s-b"]);
    expect(back!.hidden).toBe(false);
    expect(back!.textContent).toBe("← Back: 1. Queries");
    next!.click();
    expect(next!.hidden).toBe(true);
    back!.click();
    expect(shown()).toEqual(["s-b"]);
  });

  it.each([
    ["a link to an example in a step", "", "#ex-b", "s-b"],
    ["a link to the step itself", "", "#s-c", "s-c"],
    ["an example's numbers in the query", "?ex-b.sentence=the+dog+ran", "", "s-b"],
    ["an id that is not in any step", "", "#elsewhere", "s-a"],
  ])("shows the step %s names", (_, search, hash, step) => {
    serve();
    initStepTabs(document, at(search, hash));
    expect(shown()).toEqual([step]);
  });

  it("leaves a page without steps alone", () => {
    document.body.innerHTML = "<p>Text</p>";
    initStepTabs(document, at("", "#x"));
    expect(document.body.innerHTML).toBe("<p>Text</p>");
  });
});

describe("a link to an example in a step", () => {
  it("scrolls back to it once the steps above it are hidden", () => {
    serve();
    const target = document.getElementById("ex-b")!;
    let scrolled = 0;
    target.scrollIntoView = () => {
      scrolled++;
    };
    initStepTabs(document, at("", "#ex-b"));
    expect(scrolled).toBe(1);
  });
});
