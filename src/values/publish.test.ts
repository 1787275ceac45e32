// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MISSING_VALUE, publishExampleState } from "./publish.ts";

/** The server HTML of a sentence with two values of "proj" and one of "other", and a note about "proj". */
const PAGE = `
<p id="s">y₁ = <span class="value" data-value-of="proj" data-value-name="y1">17</span>,
y₂ = <span class="value" data-value-of="proj" data-value-name="y2">4</span>,
z = <span class="value" data-value-of="other" data-value-name="z">9</span>.</p>
<div class="about-authored" data-about="proj" tabindex="-1"><p class="about-note" hidden>
note <button type="button" data-about-reset="">Back</button></p>Qualitative text.</div>`;

const span = (name: string) => document.querySelector<HTMLElement>(`[data-value-name="${name}"]`)!;

describe("publishExampleState", () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it("shows the learner's values in the example's spans and leaves other examples' alone", () => {
    publishExampleState({ id: "proj", values: { y1: "5", y2: "4" }, changed: true, reset: () => {} });
    expect(span("y1").textContent).toBe("5");
    expect(span("y1").hasAttribute("data-value-changed")).toBe(true);
    expect(span("y2").hasAttribute("data-value-changed")).toBe(false);
    expect(span("z").textContent).toBe("9");
  });

  it("writes a dash for a value the learner's numbers do not have, and the authored text back when unchanged", () => {
    publishExampleState({ id: "proj", values: { y1: "5" }, changed: true, reset: () => {} });
    expect(span("y2").textContent).toBe(MISSING_VALUE);
    expect(span("y2").hasAttribute("data-value-missing")).toBe(true);
    publishExampleState({ id: "proj", values: { y1: "5" }, changed: false, reset: () => {} });
    expect(span("y1").textContent).toBe("17");
    expect(span("y2").textContent).toBe("4");
    expect(document.querySelector("[data-value-changed]")).toBeNull();
  });

  it("marks text about the page's numbers while changed, and its button puts them back", () => {
    const reset = vi.fn();
    const block = document.querySelector<HTMLElement>("[data-about]")!;
    const note = block.querySelector<HTMLElement>(".about-note")!;
    publishExampleState({ id: "proj", values: {}, changed: true, reset });
    expect(block.hasAttribute("data-stale")).toBe(true);
    expect(note.hidden).toBe(false);
    note.querySelector("button")!.click();
    expect(reset).toHaveBeenCalledTimes(1);
    publishExampleState({ id: "proj", values: {}, changed: false, reset });
    expect(block.hasAttribute("data-stale")).toBe(false);
    expect(note.hidden).toBe(true);
  });

  it("marks notes about the example whose input a step shares", () => {
    document.body.innerHTML = `<div data-about="map"><p class="about-note" hidden></p></div>`;
    publishExampleState({ id: "step-1", values: {}, changed: true, reset: () => {}, about: ["map"] });
    expect(document.querySelector("[data-about]")!.hasAttribute("data-stale")).toBe(true);
  });
});
