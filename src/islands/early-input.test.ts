// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyInput, noteInput, replayInput } from "./early-input.ts";

/** An island as served: a tool button and two inspectable numbers, the first focusable. */
function island() {
  document.body.innerHTML = `
    <p><button id="outside">outside</button></p>
    <div data-island="X" id="x">
      <button class="tool">Edit numbers</button>
      <button data-cell="0-0" id="a">2</button><button data-cell="0-1" id="b">17</button>
    </div>`;
  return document.getElementById("x")!;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("noteInput(input, island, event)", () => {
  it("keeps the last button clicked inside the island, not one outside it", () => {
    const root = island();
    const input = emptyInput();
    const tool = root.querySelector<HTMLElement>(".tool")!;
    noteInput(input, root, eventOn(tool, "click"));
    expect(input.press).toBe(tool);
    noteInput(input, root, eventOn(document.getElementById("outside")!, "click"));
    expect(input.press).toBe(tool);
  });

  it("keeps the keys that move an inspection, in order, and only the last 12", () => {
    const root = island();
    const input = emptyInput();
    for (const key of ["ArrowRight", "a", "Tab", "Escape", "Home"]) noteInput(input, root, keyOn(root, key));
    expect(input.keys).toEqual(["ArrowRight", "Escape", "Home"]);
    for (let k = 0; k < 20; k++) noteInput(input, root, keyOn(root, k % 2 ? "ArrowUp" : "ArrowDown"));
    expect(input.keys).toHaveLength(12);
    expect(input.keys.at(-1)).toBe("ArrowUp");
  });

  it("remembers the kind of the last pointer; a touch is a touch", () => {
    const root = island();
    const input = emptyInput();
    const over = eventOn(root, "pointerover");
    Object.defineProperty(over, "pointerType", { value: "mouse" });
    noteInput(input, root, over);
    expect(input.pointerType).toBe("mouse");
    noteInput(input, root, eventOn(root, "touchstart"));
    expect(input.pointerType).toBe("touch");
  });
});

describe("replayInput(island, input)", () => {
  it("reports the focused number as focused again, presses its keys on it, then the tool; focus stays", () => {
    const root = island();
    const a = document.getElementById("a")!;
    const tool = root.querySelector<HTMLElement>(".tool")!;
    a.focus();
    const seen: string[] = [];
    a.addEventListener("focusin", () => seen.push("focus a"));
    a.addEventListener("keydown", (event) => seen.push(`key ${event.key}`));
    tool.addEventListener("click", () => seen.push("tool"));
    replayInput(root, { press: tool, keys: ["ArrowRight"], pointerType: null });
    expect(seen).toEqual(["focus a", "key ArrowRight", "tool"]);
    expect(document.activeElement).toBe(a);
  });

  it("replays nothing for focus outside the island, and a press only once", () => {
    const root = island();
    document.getElementById("outside")!.focus();
    const tool = root.querySelector<HTMLElement>(".tool")!;
    const click = vi.fn();
    tool.addEventListener("click", click);
    const input = { press: tool, keys: ["ArrowLeft"], pointerType: null };
    replayInput(root, input);
    replayInput(root, input);
    expect(click).toHaveBeenCalledTimes(1);
    expect(input.keys).toEqual([]);
  });
});

function eventOn(target: Element, type: string): Event {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, "target", { value: target });
  return event;
}

function keyOn(target: Element, key: string): Event {
  const event = new KeyboardEvent("keydown", { key, bubbles: true });
  Object.defineProperty(event, "target", { value: target });
  return event;
}
