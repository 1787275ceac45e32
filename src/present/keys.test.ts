// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { focusKind, slideAction, type FocusKind, type SlideAction } from "./keys.ts";

const ALL: readonly FocusKind[] = ["widget", "text", "control", "other"];

describe("slideAction(press, focus)", () => {
  it.each([
    ["PageDown", "next"],
    ["PageUp", "previous"],
    ["Escape", "exit"],
  ] as const)("%s does the same wherever the focus is: %s", (key, action) => {
    for (const focus of ALL) expect(slideAction({ key }, focus)).toBe(action);
  });

  it.each([
    ["ArrowRight", false, "other", "next"],
    ["ArrowLeft", false, "other", "previous"],
    ["Home", false, "other", "first"],
    ["End", false, "other", "last"],
    [" ", false, "other", "next"],
    [" ", true, "other", "previous"],
    ["ArrowRight", false, "control", "next"],
    ["ArrowLeft", false, "control", "previous"],
    ["End", false, "control", "last"],
    [" ", false, "control", null],
    ["ArrowRight", false, "widget", null],
    ["ArrowLeft", false, "widget", null],
    ["Home", false, "widget", null],
    ["End", false, "widget", null],
    [" ", false, "widget", null],
    ["ArrowRight", false, "text", null],
    [" ", false, "text", null],
    ["Home", false, "text", null],
    ["Enter", false, "other", null],
    ["a", false, "other", null],
    ["ArrowDown", false, "other", null],
    ["ArrowUp", false, "other", null],
  ] as const)("%j (shift %s) with the focus in %s: %s", (key, shiftKey, focus, action) => {
    expect(slideAction({ key, shiftKey }, focus as FocusKind)).toBe(action as SlideAction | null);
  });

  it.each(["ctrlKey", "altKey", "metaKey"] as const)("leaves a key with %s held to the browser", (modifier) => {
    for (const key of ["PageDown", "ArrowRight", "Escape", " "])
      expect(slideAction({ key, [modifier]: true }, "other")).toBeNull();
  });
});

describe("focusKind(element)", () => {
  document.body.innerHTML = `
    <div class="matrix" role="group"><button data-cell="0-0" aria-pressed="false" id="cell">2</button></div>
    <div role="tablist"><button role="tab" id="tab">1</button></div>
    <input id="field" type="text"><input id="cell-input" data-cell="0-1" type="text"><textarea id="area"></textarea>
    <input id="check" type="checkbox"><button id="button">Next</button><a href="#x" id="link">x</a>
    <div id="plain" tabindex="-1"><p id="text">words</p></div>`;
  const byId = (id: string) => document.getElementById(id);

  it.each([
    ["cell", "widget"],
    ["tab", "widget"],
    ["field", "text"],
    ["cell-input", "text"],
    ["area", "text"],
    ["check", "control"],
    ["button", "control"],
    ["link", "control"],
    ["plain", "other"],
    ["text", "other"],
  ])("#%s is a %s", (id, kind) => {
    expect(focusKind(byId(id))).toBe(kind);
  });

  it("calls no focus at all other", () => {
    expect(focusKind(null)).toBe("other");
  });
});
