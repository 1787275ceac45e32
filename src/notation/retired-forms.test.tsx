// @vitest-environment happy-dom
/**
 * No retired notation comes back into the worked examples: each example that shows weight
 * matrices, heads or layers is rendered as its page authors it, at step 0 and at a decode step, and
 * then with the first entry of every inspectable grid inspected in turn, so titles, accessible
 * names, readouts and text versions are all read. The built pages' prose is read by
 * tests/notation.spec.ts with the same list.
 */
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render } from "@testing-library/react";
import { findRetiredForm, readerTextOf } from "./retired-forms.ts";
import { AttentionStep } from "../examples/attention-step/AttentionStep.tsx";
import { AttentionMapExample } from "../examples/attention-map/AttentionMapExample.tsx";
import { MultiHeadExample } from "../examples/multi-head/MultiHeadExample.tsx";
import { KvCacheStepper } from "../examples/kv-cache/KvCacheStepper.tsx";
import { RopeKvCache } from "../examples/rope-kv-cache/RopeKvCache.tsx";
import { GroupedKvStepper } from "../examples/grouped-kv-cache/GroupedKvStepper.tsx";
import { BlockExample } from "../examples/block/BlockExample.tsx";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("findRetiredForm", () => {
  it.each([
    ["Weights W_q", "a weight matrix written with an underscore"],
    ["Q = XW_q: inspect an entry", "a weight matrix written with an underscore"],
    ["Key cache K = XW_K", "a weight matrix written with an underscore"],
    ["Output weights W_O", "a weight matrix written with an underscore"],
    ["head 1: Wq row 0", "Wq, Wk or Wv run together"],
    ["Divided by √d_k", "a raw underscore between a symbol and its subscript"],
    ["2 · layers · kv_heads · head_dim", "a raw underscore between a symbol and its subscript"],
    ["n_{kv heads}", "a raw underscore between a symbol and its subscript"],
    ["Column 2 of C is column 0 of head 0's output", "a head or layer counted from 0"],
    ["Layer 0: Key cache", "a head or layer counted from 0"],
    ["the output of headₕ", "heads indexed by h, the head count"],
    ["writes P = softmax(S), reads P and V", "the weights written P"],
    ["s₃₂ = q·k₂ = 0·3 + 1·(−1)", "a raw score written s"],
    ["a₁₀·v₀ + a₁₁·v₁", "a weight written a"],
    ["a₀₁ ≈ 0.24", "a weight written a"],
    ["out₀,₂ = x₀,₂ + A₀,₂ + M₀,₂", "what attention or the MLP writes named A or M"],
  ])("finds the retired form in “%s”", (text, what) => {
    expect(findRetiredForm(text)).toContain(what);
  });

  it.each([
    "Weights W sub Q",
    "Q = XW sub Q: inspect an entry",
    "Output weights WO",
    "Layer 1: q = x·W sub Q",
    "Divided by √dk, where dk = 4",
    "head 1 then head 2; layer 1’s r",
    "position 0, column 0, row 0",
    "2 · layers · KV heads · head size",
    "S₃₂ = q·k₂ = −5; s₃₂ = −2.5 after scaling",
    "A₁₀·v₀ + A₁₁·v₁; a₀ = 2 and a·b = 7",
    "A = softmax(S / √d); out₀,₂ = x₀,₂ + attn₀,₂ + mlp₀,₂",
  ])("accepts “%s”", (text) => {
    expect(findRetiredForm(text)).toBeNull();
  });
});

/** Every state worth reading: the examples as the pages author them, and a decode step. */
const EXAMPLES: readonly [string, () => ReactElement][] = [
  ...(["queries", "keys", "values", "scores", "scaled", "weights", "output"] as const).map(
    (step): [string, () => ReactElement] => [
      `the map's step “${step}”`,
      () => <AttentionStep id={`cat-sat-${step}`} example="cat-sat" step={step} focus="sat" />,
    ],
  ),
  ["the self-attention map", () => <AttentionMapExample id="cat-sat-map" example="cat-sat" />],
  ["the two-head example", () => <MultiHeadExample id="two-heads" example="cat-sat-two-heads" />],
  ["the KV cache at step 0", () => <KvCacheStepper id="kv-steps" prompt={["the", "cat", "sat"]} steps={4} />],
  ["the KV cache at step 1", () => <KvCacheStepper id="kv-steps" prompt={["the", "cat", "sat"]} steps={4} step={1} />],
  [
    "RoPE and the KV cache at step 1",
    () => <RopeKvCache id="rope-kv" prompt={["the", "cat", "sat"]} steps={3} step={1} />,
  ],
  [
    "the grouped KV cache at step 0",
    () => <GroupedKvStepper id="gqa-steps" prompt={["the", "cat", "sat"]} steps={3} kvHeads={2} />,
  ],
  [
    "the grouped KV cache at step 1",
    () => <GroupedKvStepper id="gqa-steps" prompt={["the", "cat", "sat"]} steps={3} kvHeads={2} step={1} />,
  ],
  [
    "the residual stream",
    () => (
      <BlockExample
        id="stream"
        tokens={["the", "cat", "sat"]}
        X={[
          [1, 0, 2, 0],
          [0, 2, 0, 1],
          [1, 1, 1, 1],
        ]}
        WO={[
          [1, 0, 0, 0],
          [0, 1, 0, 0],
          [0, 0, 0, 1],
          [0, 0, 1, 0],
        ]}
      />
    ),
  ],
];

describe("the worked examples use the site's notation", () => {
  it.each(EXAMPLES)("%s: titles, names, readouts and text version", (_, example) => {
    const { container } = render(example());
    expect(findRetiredForm(readerTextOf(container))).toBeNull();
    // The first entry of every inspectable grid, inspected in turn: each readout is read too.
    const firsts = new Map<Element, HTMLElement>();
    for (const cell of container.querySelectorAll<HTMLElement>('button[data-cell], [role="button"][data-cell]')) {
      const grid = cell.closest('[role="grid"], [role="group"]');
      if (grid && !firsts.has(grid)) firsts.set(grid, cell);
    }
    expect(firsts.size).toBeGreaterThan(0);
    for (const cell of firsts.values()) {
      act(() => {
        fireEvent.focus(cell);
      });
      const found = findRetiredForm(readerTextOf(container));
      expect(found, `inspecting ${cell.closest("[aria-label]")?.getAttribute("aria-label")}`).toBeNull();
      act(() => {
        fireEvent.blur(cell);
      });
    }
  });
});
