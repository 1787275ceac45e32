// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { KvCacheStepper, parseStepParam } from "./KvCacheStepper.tsx";
import { kvCacheStepperSchema } from "./KvCacheStepper.schema.ts";

const PROPS = { id: "kv-steps", prompt: ["the", "cat", "sat"], steps: 4 };

beforeEach(() => window.history.replaceState(null, "", "/concepts/kv-cache/"));
afterEach(cleanup);

const group = (name: string) => screen.getByRole("group", { name });
const cells = (name: string) => [...group(name).querySelectorAll<HTMLElement>("[data-cell]")];
const rowsOf = (name: string) => new Set(cells(name).map((c) => c.dataset.cell!.split("-")[0])).size;
const status = () => document.querySelector(".kv-status")!.textContent;
const button = (name: string) => screen.getByRole("button", { name });
const text = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");

describe("KvCacheStepper on “the cat sat”, 4 decode steps", () => {
  it("starts at step 0, after prefill: 3 cached rows per layer, Previous and Reset off with a reason", () => {
    render(<KvCacheStepper {...PROPS} />);
    expect(status()).toBe("Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 3 prompt tokens.");
    expect(rowsOf("Layer 1: Key cache K = XW_K")).toBe(3);
    expect(rowsOf("Layer 2: Value cache V = XW_V")).toBe(3);
    expect(button("Previous step").getAttribute("aria-disabled")).toBe("true");
    expect(button("Reset").getAttribute("aria-disabled")).toBe("true");
    expect(button("Next step").getAttribute("aria-disabled")).toBeNull();
    expect(text(document.querySelector(".kv-reason"))).toContain("this is step 0, right after prefill");
  });

  it("Next step decodes “mat”: each cache gains exactly one row, the URL says ?step=1", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    expect(status()).toBe("Step 1 of 4: decoding “mat”; each layer’s cache grows to 4 rows, the last one new.");
    expect(window.location.search).toBe("?step=1");
    for (const layer of [1, 2]) {
      expect(rowsOf(`Layer ${layer}: Key cache K`)).toBe(4);
      expect(rowsOf(`Layer ${layer}: Value cache V`)).toBe(4);
    }
    // Layer 1's cache: the three prefilled keys, then k of “mat” = (2, −4, −1, −1) (worked in decoder.test.ts).
    expect(cells("Layer 1: Key cache K").map((c) => c.textContent)).toEqual(["−2", "0", "0", "1", "0", "3", "1", "−1", "3", "−1", "0", "−2", "2", "−4", "−1", "−1"]);
    expect(cells("Layer 1: Scores q·Kᵀ").map((c) => c.textContent)).toEqual(["2", "−2", "−5", "−3"]);
    expect(cells("Layer 1: Weights (softmax)").map((c) => c.textContent)).toEqual(["0.8", "0.11", "0.02", "0.07"]);
    expect(screen.getAllByText("mat (new)")).toHaveLength(4);
  });

  it("q is shown with a note that it is not cached, and no Q cache exists", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    expect(screen.getAllByText("Used once, for this step’s scores, and dropped: q is not cached.")).toHaveLength(2);
    expect(screen.queryByRole("group", { name: /Query cache/ })).toBeNull();
  });

  it("inspecting q₁ of layer 1 writes out x times column 1 of W_Q and marks both", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.focus(cells("Layer 1: q = x·W_Q")[1]!);
    const readout = document.querySelector(".kv-layer .readout");
    // x = (2, 0, −1, 1), column 1 of W_Q = (1, −1, 1, 0): 2 + 0 − 1 + 0 = 1.
    expect(text(readout)).toContain("q₁ = 2·1 + 0·(−1) + (−1)·1 + 1·0 = 1");
    expect(text(readout)).toContain("dropped: it is never cached");
    const marked = cells("Layer 1: W_Q").filter((c) => c.dataset.role === "ingredient").map((c) => c.dataset.cell);
    expect(marked).toEqual(["0-1", "1-1", "2-1", "3-1"]);
  });

  it("inspecting a prefilled key names where it came from, and the softmax weight shows its sum", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.click(cells("Layer 1: Key cache K").find((c) => c.dataset.cell === "1-1")!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("K₁₁ = 0·(−1) + 0·0 + 2·1 + (−1)·(−1) = 3");
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("Written by prefill and never changed since.");
    fireEvent.click(cells("Layer 1: Weights (softmax)")[0]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("a₃₀ = exp(0) / (exp(0) + exp(−2) + exp(−3.5) + exp(−2.5))");
    // A 1×t row: the key is the column. Key 2 (“sat”): score −5, scaled −2.5, shifted −3.5.
    fireEvent.click(cells("Layer 1: Weights (softmax)")[2]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("a₃₂ = exp(−3.5) / (exp(0) + exp(−2) + exp(−3.5) + exp(−2.5))");
    fireEvent.click(cells("Layer 1: Scores q·Kᵀ")[2]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("s₃₂ = q·k₂ = 0·3 + 1·(−1) + (−3)·0 + 2·(−2) = −5");
    fireEvent.click(cells("Layer 1: ÷ √4")[3]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("s₃₃ / √4 = −3 / 2 = −1.5");
  });

  it("inspecting a logit writes out h times that word’s embedding and marks the last layer’s h", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.focus(cells("Logits")[0]!);
    const readout = document.querySelector(".kv-next .readout");
    expect(text(readout)).toMatch(/^logit\(“the”\) = .* ≈ /);
    expect(cells("Layer 2: h = x + o").map((c) => c.dataset.role)).toEqual(["ingredient", "ingredient", "ingredient", "ingredient"]);
    expect(cells("Layer 1: h = x + o").some((c) => c.dataset.role)).toBe(false);
    expect(text(document.querySelectorAll(".kv-layer .readout")[1]!)).toContain("Hover, focus or tap any number of layer 2");
  });

  it("the check shows the recomputed last rows equal to the decode outputs in both layers", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.click(button("Next step"));
    const verdicts = [...document.querySelectorAll<HTMLElement>(".kv-verdict")];
    expect(verdicts.map((v) => v.dataset.verdict)).toEqual(["equal", "equal"]);
    const last = cells("Layer 2: recomputed output H, all 5 tokens").slice(-4).map((c) => c.textContent);
    expect(cells("Layer 2: decode output h").map((c) => c.textContent)).toEqual(last);
  });

  it("Next is off at step 4, with a reason; Reset goes back to step 0", () => {
    render(<KvCacheStepper {...PROPS} />);
    for (let s = 0; s < 5; s++) fireEvent.click(button("Next step"));
    expect(status()).toMatch(/^Step 4 of 4/);
    expect(button("Next step").getAttribute("aria-disabled")).toBe("true");
    expect(text(document.querySelector(".kv-reason"))).toBe("Next is off: step 4 is the last step.");
    fireEvent.click(button("Reset"));
    expect(status()).toMatch(/^Step 0 of 4/);
    expect(window.location.search).toBe("?step=0");
  });

  it("?step=3 in the URL opens step 3; ?step=abc shows a note and stays at step 0", async () => {
    window.history.replaceState(null, "", "/concepts/kv-cache/?step=3");
    render(<KvCacheStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 3 of 4/);
    cleanup();
    window.history.replaceState(null, "", "/concepts/kv-cache/?step=abc");
    render(<KvCacheStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 0 of 4/);
    expect(text(screen.getByRole("status"))).toContain("Steps are whole numbers from 0 (after prefill) to 4");
  });

  it("the text alternative lists prefill and every step with its numbers", () => {
    render(<KvCacheStepper {...PROPS} />);
    const words = screen.getByRole("region", { name: "The KV cache, step by step, in words" });
    expect(text(words)).toContain("Step 4: decode “cat” (position 6)");
    expect(text(words)).toContain("q = (0, 1, −3, 2) (used, not cached)");
    expect(text(words)).toContain("Scores q·k against every cached key: (2, −2, −5, −3)");
  });
});

describe("kvCacheStepperSchema and parseStepParam", () => {
  it("kvCacheStepperSchema rejects a word outside the toy vocabulary and a steps count of 0", () => {
    expect(kvCacheStepperSchema.safeParse(PROPS).success).toBe(true);
    expect(kvCacheStepperSchema.safeParse({ ...PROPS, prompt: ["the", "dog"] }).success).toBe(false);
    expect(kvCacheStepperSchema.safeParse({ ...PROPS, steps: 0 }).success).toBe(false);
  });

  it.each([
    [null, 0, false],
    ["0", 0, false],
    ["3", 3, false],
    ["4", 4, false],
    ["99", 0, true],
    ["abc", 0, true],
    ["-1", 0, true],
    ["2.5", 0, true],
  ] as const)("parseStepParam(%j, 4) gives step %i (note: %s)", (value, step, noted) => {
    const parsed = parseStepParam(value, 4);
    expect(parsed.step).toBe(step);
    expect(parsed.problem !== undefined).toBe(noted);
  });
});
