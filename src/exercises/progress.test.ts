// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearProgress, markDone, PROGRESS_KEY, readProgress } from "./progress.ts";
import { showProgressMarks } from "./index-marks.ts";

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe("progress", () => {
  it("markDone records each exercise once, per concept, with the page's total", () => {
    markDone("softmax", "softmax-check-1", 3);
    markDone("softmax", "softmax-check-1", 3);
    markDone("softmax", "softmax-check-2", 3);
    markDone("dot-product", "dot-check-1", 3);
    expect(readProgress()).toEqual({
      softmax: { done: ["softmax-check-1", "softmax-check-2"], total: 3 },
      "dot-product": { done: ["dot-check-1"], total: 3 },
    });
  });

  it("clearProgress(slug) forgets one concept; clearProgress() forgets all and removes the key", () => {
    markDone("softmax", "a", 2);
    markDone("dot-product", "b", 2);
    clearProgress("softmax");
    expect(Object.keys(readProgress())).toEqual(["dot-product"]);
    clearProgress();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it.each([
    "{not json",
    "42",
    "null",
    "[]",
    '{"softmax": {"done": "x", "total": 3}}',
    '{"a": {"done": [1, "ok"], "total": -1}}',
  ])("treats garbage %j as no progress (keeping only well-formed entries)", (raw) => {
    localStorage.setItem(PROGRESS_KEY, raw);
    const progress = readProgress();
    expect(
      Object.values(progress).every((p) => Array.isArray(p.done) && p.done.every((id) => typeof id === "string")),
    ).toBe(true);
    expect(progress.softmax).toBeUndefined();
    expect(() => markDone("softmax", "softmax-check-1", 3)).not.toThrow();
  });

  it("keeps working when storage throws (blocked or full)", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("quota");
    });
    expect(readProgress()).toEqual({});
    expect(markDone("softmax", "x", 2)).toEqual({ done: ["x"], total: 2 });
    expect(() => clearProgress()).not.toThrow();
  });
});

describe("showProgressMarks", () => {
  it("adds a quiet mark per concept with progress and a Clear progress button that clears them", () => {
    document.body.innerHTML = `
      <div data-progress-controls></div>
      <ul><li data-concept-slug="softmax"><a href="#">Softmax</a><p>summary</p></li>
      <li data-concept-slug="dot-product"><a href="#">Dot</a><p>summary</p></li></ul>`;
    markDone("softmax", "softmax-check-1", 3);
    markDone("softmax", "softmax-check-2", 3);
    showProgressMarks();
    const marks = document.querySelectorAll(".progress-mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(" ✓ 2 of 3 doneCheck yourself: 2 of 3 exercises done");
    expect(marks[0]!.nextElementSibling?.tagName).toBe("P");
    showProgressMarks(); // idempotent
    expect(document.querySelectorAll(".progress-mark")).toHaveLength(1);
    const button = document.querySelector<HTMLButtonElement>("[data-clear-progress]")!;
    expect(button.hidden).toBe(false);
    button.click();
    expect(document.querySelectorAll(".progress-mark")).toHaveLength(0);
    expect(button.hidden).toBe(true);
    expect(document.querySelector("[data-progress-status]")!.textContent).toBe("Progress cleared.");
    expect(readProgress()).toEqual({});
  });
});
