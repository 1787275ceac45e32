// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { KvCacheStepper } from "./KvCacheStepper.tsx";
import { checkStep, kvCacheStepperSpec } from "./KvCacheStepper.editing.ts";
import { kvCacheStepperSchema } from "./KvCacheStepper.schema.ts";

const PROPS = { id: "kv-steps", prompt: ["the", "cat", "sat"], steps: 4 };

beforeEach(() => window.history.replaceState(null, "", "/concepts/kv-cache/"));
afterEach(cleanup);

const group = (name: string) => screen.getByRole("group", { name });
const cells = (name: string) => [...group(name).querySelectorAll<HTMLElement>("[data-cell]")];
const rowsOf = (name: string) => new Set(cells(name).map((c) => c.dataset.cell!.split("-")[0])).size;
const status = () => document.querySelector(".kv-status")!.textContent;
/** A button of the step controls (the frame's tools have a Reset of their own). */
const button = (name: string) => within(group("Step controls")).getByRole("button", { name });
const text = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");

describe("KvCacheStepper on “the cat sat”, 4 decode steps", () => {
  it("starts at step 0, after prefill: 3 cached rows per layer, Previous and Back to step 0 off with a reason", () => {
    render(<KvCacheStepper {...PROPS} />);
    expect(status()).toBe("Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 3 prompt tokens.");
    expect(rowsOf("Layer 1: Key cache K = XW sub K")).toBe(3);
    expect(rowsOf("Layer 2: Value cache V = XW sub V")).toBe(3);
    expect(button("Previous step").getAttribute("aria-disabled")).toBe("true");
    expect(button("Back to step 0").getAttribute("aria-disabled")).toBe("true");
    expect(button("Next step").getAttribute("aria-disabled")).toBeNull();
    expect(text(document.querySelector(".kv-reason"))).toContain("this is step 0, right after prefill");
  });

  it("Next step decodes “mat”: each cache gains exactly one row, the URL says ?kv-steps.step=1", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    expect(status()).toBe("Step 1 of 4: decoding “mat”; each layer’s cache grows to 4 rows, the last one new.");
    expect(window.location.search).toBe("?kv-steps.step=1");
    for (const layer of [1, 2]) {
      expect(rowsOf(`Layer ${layer}: Key cache K`)).toBe(4);
      expect(rowsOf(`Layer ${layer}: Value cache V`)).toBe(4);
    }
    // Layer 1's cache: the three prefilled keys, then k of “mat” = (2, −4, −1, −1) (worked in decoder.test.ts).
    expect(cells("Layer 1: Key cache K").map((c) => c.textContent)).toEqual([
      "−2",
      "0",
      "0",
      "1",
      "0",
      "3",
      "1",
      "−1",
      "3",
      "−1",
      "0",
      "−2",
      "2",
      "−4",
      "−1",
      "−1",
    ]);
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
    fireEvent.focus(cells("Layer 1: q = x·W sub Q")[1]!);
    const readout = document.querySelector(".kv-layer .readout");
    // x = (2, 0, −1, 1), column 1 of W_Q = (1, −1, 1, 0): 2 + 0 − 1 + 0 = 1.
    expect(text(readout)).toContain("q₁ = 2·1 + 0·(−1) + (−1)·1 + 1·0 = 1");
    expect(text(readout)).toContain("dropped: it is never cached");
    const marked = cells("Layer 1: W sub Q")
      .filter((c) => c.dataset.role === "ingredient")
      .map((c) => c.dataset.cell);
    expect(marked).toEqual(["0-1", "1-1", "2-1", "3-1"]);
  });

  it("inspecting a prefilled key names where it came from, and the softmax weight shows its sum", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.click(cells("Layer 1: Key cache K").find((c) => c.dataset.cell === "1-1")!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("K₁₁ = 0·(−1) + 0·0 + 2·1 + (−1)·(−1) = 3");
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("Written by prefill and never changed since.");
    fireEvent.click(cells("Layer 1: Weights (softmax)")[0]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain(
      "A₃₀ = exp(0) / (exp(0) + exp(−2) + exp(−3.5) + exp(−2.5))",
    );
    // A 1×t row: the key is the column. Key 2 (“sat”): score −5, scaled −2.5, shifted −3.5.
    fireEvent.click(cells("Layer 1: Weights (softmax)")[2]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain(
      "A₃₂ = exp(−3.5) / (exp(0) + exp(−2) + exp(−3.5) + exp(−2.5))",
    );
    fireEvent.click(cells("Layer 1: Scores q·Kᵀ")[2]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain(
      "S₃₂ = q·k₂ = 0·3 + 1·(−1) + (−3)·0 + 2·(−2) = −5",
    );
    fireEvent.click(cells("Layer 1: ÷ √4")[3]!);
    expect(text(document.querySelector(".kv-layer .readout"))).toContain("S₃₃ / √4 = −3 / 2 = −1.5");
  });

  it("inspecting a logit writes out r times that word’s embedding and marks the last layer’s r", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.focus(cells("Logits")[0]!);
    const readout = document.querySelector(".kv-next .readout");
    expect(text(readout)).toMatch(/^logit\(“the”\) = .* ≈ /);
    expect(cells("Layer 2: r = x + o").map((c) => c.dataset.role)).toEqual([
      "ingredient",
      "ingredient",
      "ingredient",
      "ingredient",
    ]);
    expect(cells("Layer 1: r = x + o").some((c) => c.dataset.role)).toBe(false);
    expect(text(document.querySelectorAll(".kv-layer .readout")[1]!)).toContain(
      "Hover, focus or tap any number of layer 2",
    );
  });

  it("the check shows the recomputed last rows equal to the decode outputs in both layers", () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    fireEvent.click(button("Next step"));
    const verdicts = [...document.querySelectorAll<HTMLElement>(".kv-verdict")];
    expect(verdicts.map((v) => v.dataset.verdict)).toEqual(["equal", "equal"]);
    const last = cells("Layer 2: recomputed output R, all 5 tokens")
      .slice(-4)
      .map((c) => c.textContent);
    expect(cells("Layer 2: decode output r").map((c) => c.textContent)).toEqual(last);
  });

  it("Next is off at step 4, with a reason; Back to step 0 returns there", () => {
    render(<KvCacheStepper {...PROPS} />);
    for (let s = 0; s < 5; s++) fireEvent.click(button("Next step"));
    expect(status()).toMatch(/^Step 4 of 4/);
    expect(button("Next step").getAttribute("aria-disabled")).toBe("true");
    expect(text(document.querySelector(".kv-reason"))).toBe("Next is off: step 4 is the last step.");
    fireEvent.click(button("Back to step 0"));
    expect(status()).toMatch(/^Step 0 of 4/);
    // Step 0 is the authored step: the link needs no parameter for it.
    expect(window.location.search).toBe("");
  });

  it("?kv-steps.step=2 opens step 2 with 5 cached rows per layer", async () => {
    window.history.replaceState(null, "", "/concepts/kv-cache/?kv-steps.step=2");
    render(<KvCacheStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 2 of 4/);
    expect(rowsOf("Layer 1: Key cache K")).toBe(5);
  });

  it("an inspected key at step 1 goes into the URL with its step, and is dropped by the next step", async () => {
    render(<KvCacheStepper {...PROPS} />);
    fireEvent.click(button("Next step"));
    await act(async () => {});
    fireEvent.focus(cells("Layer 1: Key cache K").find((c) => c.dataset.cell === "3-0")!);
    await act(async () => {});
    expect(new URLSearchParams(window.location.search).get("kv-steps.inspect")).toBe("step1.layer1.K.3,0");
    fireEvent.click(button("Next step"));
    await act(async () => {});
    expect(window.location.search).toBe("?kv-steps.step=2");
  });

  it("?kv-steps.step=3&kv-steps.inspect=step3.layer2.V.5,1 opens step 3 with V₅₁ of layer 2 pressed", async () => {
    window.history.replaceState(null, "", "/concepts/kv-cache/?kv-steps.step=3&kv-steps.inspect=step3.layer2.V.5,1");
    render(<KvCacheStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 3 of 4/);
    const pressed = cells("Layer 2: Value cache V").filter((c) => c.getAttribute("aria-pressed") === "true");
    expect(pressed.map((c) => c.dataset.cell)).toEqual(["5-1"]);
  });

  it("?step=3 (an old link) in the URL opens step 3; ?step=abc shows a note and stays at step 0", async () => {
    window.history.replaceState(null, "", "/concepts/kv-cache/?step=3");
    render(<KvCacheStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 3 of 4/);
    cleanup();
    window.history.replaceState(null, "", "/concepts/kv-cache/?step=abc");
    render(<KvCacheStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 0 of 4/);
    expect(text(document.querySelector(".example-note"))).toContain(
      "The link’s step was not used: “abc” is not a whole number from 0 to 5, which step needs.",
    );
  });

  it("the text alternative lists prefill and every step with its numbers", () => {
    render(<KvCacheStepper {...PROPS} />);
    const words = screen.getByRole("region", { name: "The KV cache, step by step, in words" });
    expect(text(words)).toContain("Step 4: decode “cat” (position 6)");
    expect(text(words)).toContain("q = (0, 1, −3, 2) (used, not cached)");
    expect(text(words)).toContain("Scores q·k against every cached key: (2, −2, −5, −3)");
  });
});

describe("kvCacheStepperSchema and kvCacheStepperSpec", () => {
  it("kvCacheStepperSchema rejects a word outside the toy vocabulary, a steps count of 0 and a step past the last", () => {
    expect(kvCacheStepperSchema.safeParse(PROPS).success).toBe(true);
    expect(kvCacheStepperSchema.parse(PROPS).step).toBe(0);
    expect(kvCacheStepperSchema.safeParse({ ...PROPS, prompt: ["the", "dog"] }).success).toBe(false);
    expect(kvCacheStepperSchema.safeParse({ ...PROPS, steps: 0 }).success).toBe(false);
    expect(kvCacheStepperSchema.safeParse({ ...PROPS, step: 5 }).success).toBe(false);
  });

  const authored = { prompt: ["the", "cat", "sat"], steps: 4, step: 0 };
  const fromUrl = (query: string) => readUrlState(kvCacheStepperSpec, "kv-steps", authored, new URLSearchParams(query));

  it.each([
    ["kv-steps.step=3", 3],
    ["step=4", 4],
    ["step=1&kv-steps.step=2", 2],
  ] as const)("readUrlState reads %s as step %i with no note", (query, step) => {
    const state = fromUrl(query);
    expect(state.values.step).toBe(step);
    expect(state.problems).toEqual([]);
  });

  it.each([
    ["step=abc", "The link’s step was not used: “abc” is not a whole number from 0 to 5, which step needs."],
    ["kv-steps.step=-1", "The link’s step was not used: “-1” is not a whole number from 0 to 5, which step needs."],
    ["kv-steps.step=2.5", "The link’s step was not used: “2.5” is not a whole number from 0 to 5, which step needs."],
    ["kv-steps.step=", "The link’s step was not used: step is empty. Type a whole number from 0 to 5."],
    [
      "kv-steps.step=5",
      "The link’s numbers do not fit together, so the example shows its own: Step 5 is past the last step: this example decodes 4 tokens, so its steps go from 0 (after prefill) to 4.",
    ],
    [
      "kv-steps.prompt=the+dog",
      "The link’s prompt was not used: “dog” is not one of the choices for prompt: the, cat, sat, on, a, mat.",
    ],
    ["kv-steps.prompt=the", "The link’s prompt was not used: prompt has 1 word; it needs at least 2."],
  ] as const)("readUrlState refuses %s with a note and keeps step 0", (query, note) => {
    const state = fromUrl(query);
    expect(state.problems).toEqual([note]);
    expect(state.values.step).toBe(0);
    expect(state.values.prompt).toEqual(["the", "cat", "sat"]);
  });

  it("the prompt and steps can change together: “a mat”, 2 steps, step 2", () => {
    const state = fromUrl("kv-steps.prompt=a+mat&kv-steps.steps=2&kv-steps.step=2");
    expect(state.problems).toEqual([]);
    expect(state.values).toEqual({ prompt: ["a", "mat"], steps: 2, step: 2 });
  });

  it("the prompt's size buttons add the next vocabulary word and stop at 2 and 5 words", () => {
    const grown = resize(kvCacheStepperSpec, authored, "words", 1);
    expect(grown.ok && grown.value.prompt).toEqual(["the", "cat", "sat", "on"]);
    const five = resize(kvCacheStepperSpec, { ...authored, prompt: ["the", "cat", "sat", "on", "a"] }, "words", 1);
    expect(five).toEqual({ ok: false, message: "Prompt words cannot go above 5." });
    const two = resize(kvCacheStepperSpec, { ...authored, prompt: ["the", "cat"] }, "words", -1);
    expect(two).toEqual({ ok: false, message: "Prompt words cannot go below 2." });
  });

  it("checkStep allows steps 0 … steps only", () => {
    expect(checkStep(0, 1)).toBeNull();
    expect(checkStep(1, 1)).toBeNull();
    expect(checkStep(2, 1)).toBe(
      "Step 2 is past the last step: this example decodes 1 token, so its steps go from 0 (after prefill) to 1.",
    );
  });

  describe("kvTargetCodec", () => {
    const codec = kvCacheStepperSpec.inspect!;
    const at = (step: number) => ({ ...authored, step });
    it.each([
      // After prefill (step 0) only K, V and the logits are shown: K is 3 prompt rows × 4.
      ["step0.layer1.K.2,3", 0, { step: 0, layer: 0, part: "K", row: 2, col: 3 }],
      ["step0.logits.0,5", 0, { step: 0, layer: -1, part: "logits", row: 0, col: 5 }],
      // At step 2 the cache has 5 rows, and the scores one per cached key.
      ["step2.layer2.V.4,0", 2, { step: 2, layer: 1, part: "V", row: 4, col: 0 }],
      ["step2.layer1.scores.0,4", 2, { step: 2, layer: 0, part: "scores", row: 0, col: 4 }],
      ["step4.layer2.q.0,3", 4, { step: 4, layer: 1, part: "q", row: 0, col: 3 }],
    ] as const)("reads %s at step %i and writes it back", (textForm, step, target) => {
      expect(codec.read(textForm, at(step))).toEqual(target);
      expect(codec.write(target)).toBe(textForm);
    });

    it.each([
      ["step1.layer1.K.2,3", 0, "another step"],
      ["step0.layer1.q.0,0", 0, "q is not shown after prefill"],
      ["step0.layer1.K.3,0", 0, "only 3 prompt rows"],
      ["step2.layer1.K.5,0", 2, "5 rows: 0 … 4"],
      ["step2.layer3.K.0,0", 2, "2 layers"],
      ["step2.layer1.scores.0,5", 2, "5 scores"],
      ["step2.layer1.x.0,0", 2, "x is not inspectable"],
      ["step2.logits.0,6", 2, "6 words"],
      ["2,3", 2, "not the form"],
    ] as const)("refuses %s at step %i (%s)", (textForm, step, _why) => {
      expect(codec.read(textForm, at(step))).toBeNull();
    });
  });
});
