// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MatrixProductExample } from "../examples/matrix-product/MatrixProductExample.tsx";
import { rowsExample } from "../examples/matrix-product/MatrixProductExample.fixture.ts";
import { SWEEP_TICK_MS } from "./useSweep.ts";

// The sweep's clock and its hygiene: ticks, the hidden tab, unmounting, Escape and editing. What
// a step shows (terms, marks) is checked in a real browser once, in tests/sweep.spec.ts.

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

const expansion = () => document.querySelector(".readout .expansion")?.textContent;
const press = (name: string) => fireEvent.click(screen.getByRole("button", { name }));
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

function sweepStatus(): string {
  return document.querySelector(".sweep-status")?.textContent ?? "";
}

describe("useSweptInspection's clock, in MatrixProductExample (Y = XW, 6 entries of 3 terms)", () => {
  it("Play writes Y₀₀'s first term at once, then one step per tick, then moves on to Y₀₁", () => {
    render(<MatrixProductExample {...rowsExample} />);
    press("Play");
    expect(expansion()).toBe("Y₀₀ = 1·1");
    expect(document.querySelector(".readout .expansion")?.getAttribute("aria-label")).toBe(
      "Y row 0, column 0 equals 1 times 1, so far",
    );
    advance(SWEEP_TICK_MS);
    expect(expansion()).toBe("Y₀₀ = 1·1 + 0·0");
    advance(2 * SWEEP_TICK_MS);
    expect(expansion()).toBe("Y₀₀ = 1·1 + 0·0 + 1·1 = 2");
    advance(SWEEP_TICK_MS);
    expect(expansion()).toBe("Y₀₁ = 1·0");
    expect(sweepStatus()).toBe("entry 2 of 6, term 1 of 3");
  });

  it("Pause stops the clock: no timer is left and nothing moves", () => {
    render(<MatrixProductExample {...rowsExample} />);
    press("Play");
    expect(vi.getTimerCount()).toBe(1);
    press("Pause");
    expect(vi.getTimerCount()).toBe(0);
    advance(5 * SWEEP_TICK_MS);
    expect(expansion()).toBe("Y₀₀ = 1·1");
    expect(screen.getByRole("button", { name: "Play" })).toBeTruthy();
  });

  it("a hidden tab pauses the sweep", () => {
    render(<MatrixProductExample {...rowsExample} />);
    press("Play");
    const hidden = vi.spyOn(document, "hidden", "get").mockReturnValue(true);
    act(() => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    hidden.mockRestore();
    expect(vi.getTimerCount()).toBe(0);
    expect(screen.getByRole("button", { name: "Play" })).toBeTruthy();
  });

  it("unmounting a playing example leaves no timer behind", () => {
    const { unmount } = render(<MatrixProductExample {...rowsExample} />);
    press("Play");
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("playing stops by itself at the last entry's result, and Play then starts over", () => {
    render(<MatrixProductExample {...rowsExample} />);
    press("Play");
    advance(6 * 4 * SWEEP_TICK_MS);
    expect(expansion()).toBe("Y₂₁ = 2·0 + 1·1 + 0·(−1) = 1");
    expect(sweepStatus()).toBe("entry 6 of 6, result");
    expect(vi.getTimerCount()).toBe(0);
    expect(screen.getByRole("button", { name: "Step forward" }).getAttribute("aria-disabled")).toBe("true");
    press("Play");
    expect(expansion()).toBe("Y₀₀ = 1·1");
  });

  it("Play starts from the inspected entry, and Escape puts the sweep to rest", () => {
    render(<MatrixProductExample {...rowsExample} />);
    fireEvent.click(screen.getByRole("button", { name: "Y row 1 (“cat”), column 1: 1" }));
    expect(sweepStatus()).toBe("entry 4 of 6, not started");
    press("Play");
    expect(expansion()).toBe("Y₁₁ = 0·0");
    fireEvent.keyDown(screen.getByRole("button", { name: "Pause" }), { key: "Escape" });
    expect(vi.getTimerCount()).toBe(0);
    expect(sweepStatus()).toBe("entry 1 of 6, not started");
  });

  it("while the numbers are edited the sweep rests and its controls are gone", () => {
    render(<MatrixProductExample {...rowsExample} />);
    press("Play");
    press("Edit numbers");
    expect(vi.getTimerCount()).toBe(0);
    expect(screen.queryByRole("group", { name: "Build Y term by term" })).toBeNull();
    press("Done editing");
    expect(sweepStatus()).toBe("entry 1 of 6, not started");
  });

  it("its status line is a polite live region", () => {
    render(<MatrixProductExample {...rowsExample} />);
    const line = document.querySelector(".sweep-status");
    expect(line?.getAttribute("role")).toBe("status");
  });
});
