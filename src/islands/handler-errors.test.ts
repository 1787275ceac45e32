// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { routeHandlerErrors } from "./handler-errors.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** An island root with a handler that throws on "click", routed to `fail`. */
function island(fail: (error: unknown) => void) {
  const element = document.createElement("div");
  const button = document.createElement("button");
  element.append(button);
  document.body.append(element);
  routeHandlerErrors(element, () => fail);
  return { element, button };
}

/** What the browser does with an error thrown in a listener: an "error" event on window. */
function reportError(message: string) {
  window.dispatchEvent(new ErrorEvent("error", { error: new Error(message), message }));
}

describe("routeHandlerErrors", () => {
  it("blames an error during an island's event on that island", () => {
    const fail = vi.fn();
    const { button } = island(fail);
    button.addEventListener("click", () => reportError("broken handler"));
    button.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(fail).toHaveBeenCalledTimes(1);
    expect((fail.mock.calls[0]![0] as Error).message).toBe("broken handler");
  });

  it("sets one timer for a burst of events, not one per event, and clears after it", () => {
    vi.useFakeTimers();
    const fail = vi.fn();
    const { button } = island(fail);
    const timers = vi.spyOn(window, "setTimeout");
    for (const type of ["pointerover", "pointerout", "pointermove", "mouseover", "mouseout"]) {
      button.dispatchEvent(new Event(type, { bubbles: true }));
    }
    expect(timers).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    // After the events' tasks, an error elsewhere is not the island's.
    reportError("somewhere else");
    expect(fail).not.toHaveBeenCalled();
    // The next event sets a timer again.
    button.dispatchEvent(new Event("pointermove", { bubbles: true }));
    expect(timers).toHaveBeenCalledTimes(2);
  });
});
