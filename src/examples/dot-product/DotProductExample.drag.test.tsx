// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { DotProductExample } from "./DotProductExample.tsx";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const similar = { id: "similar-directions", a: [3, 1], b: [1, 2] };

function open() {
  render(<DotProductExample {...similar} />);
  return { tip: (name: string) => screen.getByRole("button", { name: new RegExp(`^${name} tip at`) }) };
}

describe("the dot product plot's tips, moved with the keyboard", () => {
  it("ArrowUp on a's tip sets a through the example's values: cells, results, plot and URL follow", () => {
    const { tip } = open();
    expect(tip("Vector a").getAttribute("aria-label")).toBe(
      "Vector a tip at (3, 1): drag it, or use the arrow keys to move it by ½ (Shift: by 1)",
    );
    act(() => void fireEvent.keyDown(tip("Vector a"), { key: "ArrowUp" }));
    expect(document.querySelectorAll("[data-example] [data-cell]")[1]?.textContent).toBe("1.5");
    // a·b = 3·1 + 1.5·2 = 6
    expect(
      within(screen.getByRole("group", { name: "Results: inspect one" })).getAllByRole("button")[0]!.textContent,
    ).toBe("6");
    expect(screen.getByText("a = (3, 1.5)")).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get("similar-directions.a")).toBe("3,1.5");
    expect(tip("Vector a").getAttribute("aria-label")).toMatch(/^Vector a tip at \(3, 1\.5\)/);
    expect(screen.getByText("Vector a tip at (3, 1.5).")).toBeTruthy();
  });

  it("Shift+ArrowLeft on b's tip moves it a whole unit; the authored a is left out of the URL", () => {
    const { tip } = open();
    act(() => void fireEvent.keyDown(tip("Vector b"), { key: "ArrowLeft", shiftKey: true }));
    expect(screen.getByText("b = (0, 2)")).toBeTruthy();
    const query = new URLSearchParams(window.location.search);
    expect(query.get("similar-directions.b")).toBe("0,2");
    expect(query.has("similar-directions.a")).toBe(false);
  });

  it("refuses to move a tip onto the origin, says why, and keeps the last values", () => {
    render(<DotProductExample id="near-zero" a={[0, 0.5]} b={[1, 2]} />);
    const tip = screen.getByRole("button", { name: /^Vector a tip at/ });
    act(() => void fireEvent.keyDown(tip, { key: "ArrowDown" }));
    expect(screen.getByText("a = (0, 0.5)")).toBeTruthy();
    expect(screen.getByText(/a cannot be moved to the origin here/)).toBeTruthy();
    expect(window.location.search).toBe("");
  });

  it("puts the handles in reading order, and keeps it while one has focus", () => {
    const { tip } = open();
    const names = () =>
      screen.getAllByRole("button", { name: / tip at / }).map((b) => b.getAttribute("aria-label")!.slice(0, 8));
    // b = (1, 2) is drawn above a = (3, 1), so Tab reaches it first.
    expect(names()).toEqual(["Vector b", "Vector a"]);
    act(() => tip("Vector a").focus());
    act(() => void fireEvent.keyDown(tip("Vector a"), { key: "ArrowUp", shiftKey: true }));
    act(() => void fireEvent.keyDown(tip("Vector a"), { key: "ArrowUp", shiftKey: true }));
    // a = (3, 3) is now above b, but the focused handle is not moved in the page while it has focus.
    expect(names()).toEqual(["Vector b", "Vector a"]);
    expect(document.activeElement).toBe(tip("Vector a"));
    act(() => tip("Vector a").blur());
    expect(names()).toEqual(["Vector a", "Vector b"]);
  });

  it("other keys are left to the example (Escape still clears an inspection)", () => {
    const { tip } = open();
    const event = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    tip("Vector a").dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(screen.getByText("a = (3, 1)")).toBeTruthy();
  });
});

describe("the dot product plot's tips, dragged with a pointer", () => {
  it("the values follow every move; the URL takes them once, when the drag ends", () => {
    open();
    const layer = document.querySelector<SVGSVGElement>("svg.tip-handles")!;
    const [, , width, height] = layer.getAttribute("viewBox")!.split(" ").map(Number);
    // The layer drawn at its viewBox size, so client coordinates are SVG units.
    layer.getBoundingClientRect = () => ({ left: 0, top: 0, width: width!, height: height! }) as DOMRect;
    const tipA = document.querySelector<SVGGElement>(".tip-a")!;
    const [x, y] = /translate\(([^,]+),([^)]+)\)/.exec(tipA.getAttribute("transform")!)!.slice(1).map(Number);
    // One unit on the x axis: from its tick 0 to its tick 1. The tip moves left, within what the plot shows.
    const tick = (label: string) =>
      Number(
        [...document.querySelectorAll(".dot-plot .axis text[text-anchor='middle']")]
          .find((text) => text.textContent === label)!
          .getAttribute("x"),
      );
    const unit = tick("1") - tick("0");
    const pointer = { pointerId: 1, pointerType: "mouse", button: 0 };
    act(() => void fireEvent.pointerDown(tipA, { ...pointer, clientX: x!, clientY: y! }));
    act(() => void fireEvent.pointerMove(tipA, { ...pointer, clientX: x! - unit, clientY: y! }));
    expect(screen.getByText("a = (2, 1)")).toBeTruthy();
    act(() => void fireEvent.pointerMove(tipA, { ...pointer, clientX: x! - 2 * unit, clientY: y! }));
    expect(screen.getByText("a = (1, 1)")).toBeTruthy();
    expect(window.location.search).toBe("");
    act(() => void fireEvent.pointerUp(tipA, { ...pointer, clientX: x! - 2 * unit, clientY: y! }));
    expect(new URLSearchParams(window.location.search).get("similar-directions.a")).toBe("1,1");
    expect(screen.getByText("Vector a tip at (1, 1).")).toBeTruthy();
  });
});
