// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { searchKeyTarget, typesIntoField } from "./search-keys.ts";
import { isSearchShortcut, takesText } from "./search-shortcut.ts";

describe("isSearchShortcut", () => {
  const make = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild;
  };

  it.each([
    ["<button>b</button>", true],
    ["<a href='#'>a</a>", true],
    ["<input type='checkbox'>", true],
    ["<input type='search'>", false],
    ["<input>", false],
    ["<input type='number'>", false],
    ["<textarea></textarea>", false],
    ["<select></select>", false],
    ["<div contenteditable='true'>x</div>", false],
  ])("isSearchShortcut('/', focus on %s) is %s", (html, expected) => {
    expect(isSearchShortcut({ key: "/" }, make(html))).toBe(expected);
  });

  it("is '/' alone: not with Ctrl, ⌘ or Alt, not while composing, not another key", () => {
    expect(isSearchShortcut({ key: "/" }, null)).toBe(true);
    for (const press of [
      { key: "/", ctrlKey: true },
      { key: "/", metaKey: true },
      { key: "/", altKey: true },
      { key: "/", isComposing: true },
      { key: "?" },
      { key: "s" },
    ]) {
      expect(isSearchShortcut(press, null)).toBe(false);
    }
  });

  it("takesText(null) is false", () => {
    expect(takesText(null)).toBe(false);
  });
});

describe("searchKeyTarget", () => {
  it.each([
    ["ArrowDown", -1, 3, { to: "result", index: 0 }],
    ["ArrowDown", 0, 3, { to: "result", index: 1 }],
    ["ArrowDown", 2, 3, { to: "result", index: 2 }],
    ["ArrowUp", 2, 3, { to: "result", index: 1 }],
    ["ArrowUp", 0, 3, { to: "field" }],
    ["ArrowUp", -1, 3, { to: "field" }],
    ["Home", 2, 3, { to: "result", index: 0 }],
    ["End", 0, 3, { to: "result", index: 2 }],
    ["Home", -1, 3, { to: "stay" }],
    ["End", -1, 3, { to: "stay" }],
    ["ArrowDown", -1, 0, { to: "stay" }],
    ["Enter", 1, 3, { to: "stay" }],
    ["Escape", 1, 3, { to: "stay" }],
  ])("searchKeyTarget(%j, at %i of %i) → %j", (key, at, count, target) => {
    expect(searchKeyTarget(key, at, count)).toEqual(target);
  });
});

describe("typesIntoField", () => {
  it("sends printable characters and Backspace from a result back to the field, not arrows, Enter or shortcuts", () => {
    for (const key of ["a", "5", "/", " ", "Backspace"]) expect(typesIntoField({ key })).toBe(true);
    for (const key of ["ArrowDown", "Enter", "Tab", "Escape", "Shift"]) expect(typesIntoField({ key })).toBe(false);
    expect(typesIntoField({ key: "c", ctrlKey: true })).toBe(false);
  });
});
