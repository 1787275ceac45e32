// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { readUrlState } from "../../frame/url-state.ts";
import { GroupedKvStepper } from "./GroupedKvStepper.tsx";
import { groupedKvStepperSpec } from "./GroupedKvStepper.editing.ts";
import { groupedKvStepperSchema } from "./GroupedKvStepper.schema.ts";

const PROPS = { id: "gqa-steps", prompt: ["the", "cat", "sat"], steps: 3 };

beforeEach(() => window.history.replaceState(null, "", "/concepts/grouped-query-attention/"));
afterEach(cleanup);

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");
const status = () => text(document.querySelector(".step-status"));
const button = (name: string) =>
  within(screen.getByRole("group", { name: "Step controls" })).getByRole("button", { name });
const cells = (name: string) => [...screen.getByRole("group", { name }).querySelectorAll<HTMLElement>("[data-cell]")];
/** The switch's radio button for `kvHeads` KV heads. */
const radio = (kvHeads: number) =>
  screen.getAllByRole<HTMLInputElement>("radio").find((r) => r.value === String(kvHeads))!;
const kvBoxes = (layer: number) =>
  screen
    .getAllByRole("group", { name: new RegExp(`^Layer ${layer}, KV head \\d, read by`) })
    .map((g) => g.getAttribute("aria-label"));

describe("GroupedKvStepper on “the cat sat”, 3 decode steps", () => {
  it("starts with GQA at step 0: 2 KV heads per layer, each read by two query heads", () => {
    render(<GroupedKvStepper {...PROPS} />);
    expect(status()).toMatch(/^Step 0 of 3, after prefill, with GQA/);
    expect(radio(2).checked).toBe(true);
    expect(text(radio(2).closest("label"))).toBe("GQA, 2 KV heads (grouped-query attention)");
    expect(screen.getAllByRole("group", { name: /^Layer 1, KV head \d$/ })).toHaveLength(2);
    // Worked by hand in decoder-grouped.test.ts: KV head 1's W_K maps x to (x₀, −x₂ + x₃).
    expect(cells("Layer 1, KV head 1: Key cache K").map((c) => c.textContent)).toEqual([
      "−1",
      "1",
      "0",
      "−3",
      "2",
      "−1",
    ]);
  });

  it("step 1 decodes with query head 1 scoring its own q against KV head 1's keys", () => {
    render(<GroupedKvStepper {...PROPS} />);
    fireEvent.click(button("Step"));
    expect(window.location.search).toBe("?gqa-steps.step=1");
    expect(kvBoxes(1)).toEqual([
      "Layer 1, KV head 1, read by query heads 1 and 2",
      "Layer 1, KV head 2, read by query heads 3 and 4",
    ]);
    // The new token “sat” is x = (2, 1, 0, −1): k = (2, −1) joins the keys; query head 1's W_Q
    // gives q = (1 − 1, −2 − 1) = (0, −3), which scores (−1, 1)·q = −3, (0, −3)·q = 9, (2, −1)·q = 3 twice.
    expect(cells("Layer 1, query head 1: q").map((c) => c.textContent)).toEqual(["0", "−3"]);
    expect(cells("Layer 1, query head 1: Scores q·Kᵀ").map((c) => c.textContent)).toEqual(["−3", "9", "3", "3"]);
    expect([...document.querySelectorAll<HTMLElement>(".kv-verdict")].map((v) => v.dataset.verdict)).toEqual([
      "equal",
      "equal",
    ]);
  });

  it("the switch to MQA puts every query head under one KV head, keeps the step, and still checks equal", async () => {
    render(<GroupedKvStepper {...PROPS} />);
    fireEvent.click(button("Step"));
    await act(async () => {});
    fireEvent.click(radio(1));
    await act(async () => {});
    expect(new URLSearchParams(window.location.search).get("gqa-steps.kvHeads")).toBe("1");
    expect(kvBoxes(2)).toEqual(["Layer 2, KV head 1, read by query heads 1, 2, 3 and 4"]);
    expect(status()).toMatch(/^Step 1 of 3, with MQA/);
    expect([...document.querySelectorAll<HTMLElement>(".kv-verdict")].map((v) => v.dataset.verdict)).toEqual([
      "equal",
      "equal",
    ]);
  });

  it("MHA gives each query head its own KV head; every step checks equal", async () => {
    window.history.replaceState(null, "", "/concepts/grouped-query-attention/?gqa-steps.kvHeads=4&gqa-steps.step=3");
    render(<GroupedKvStepper {...PROPS} />);
    await act(async () => {});
    expect(status()).toMatch(/^Step 3 of 3, with MHA/);
    expect(kvBoxes(1)).toHaveLength(4);
    expect(button("Step").getAttribute("aria-disabled")).toBe("true");
    expect(text(document.querySelector(".step-reason"))).toBe("Step is off: step 3 is the last step.");
  });

  it("a link asking for 3 KV heads is refused in plain words and the example keeps GQA", async () => {
    window.history.replaceState(null, "", "/concepts/grouped-query-attention/?gqa-steps.kvHeads=3");
    render(<GroupedKvStepper {...PROPS} />);
    await act(async () => {});
    expect(text(document.querySelector(".example-note"))).toContain("4 query heads cannot share 3 KV heads");
    expect(text(document.querySelector(".example-note"))).toContain("Choose 4 (MHA), 2 (GQA) or 1 (MQA).");
    expect(document.querySelector<HTMLElement>(".gqa-example")!.dataset.kvHeads).toBe("2");
    expect(radio(2).checked).toBe(true);
  });

  it("the text version lists every step with the heads each query head reads and the check", () => {
    render(<GroupedKvStepper {...PROPS} />);
    const words = screen.getByRole("region", { name: "The grouped KV cache, step by step, in words" });
    expect(text(words)).toContain(
      "Every step in words (GQA: 4 query heads share 2 KV heads, 2 query heads per KV head)",
    );
    expect(text(words)).toContain("Layer 1, KV head 1: K = [[−1, 1], [0, −3], [2, −1]]");
    expect(text(words)).toContain("Query head 3 reads KV head 2");
    expect(text(words)).toContain("Step 3: decode");
    expect(text(words)).not.toContain("not equal");
    expect(text(words)).not.toMatch(/W_|_[QKVO]/);
  });
});

describe("groupedKvStepperSchema and groupedKvStepperSpec", () => {
  it("the schema takes 4, 2 or 1 KV heads and refuses 3 with the counts that work", () => {
    expect(groupedKvStepperSchema.parse(PROPS)).toMatchObject({ step: 0, kvHeads: 2 });
    for (const kvHeads of [1, 2, 4]) expect(groupedKvStepperSchema.safeParse({ ...PROPS, kvHeads }).success).toBe(true);
    const three = groupedKvStepperSchema.safeParse({ ...PROPS, kvHeads: 3 });
    expect(three.success).toBe(false);
    expect(three.error?.issues[0]?.message).toContain("Choose 4 (MHA), 2 (GQA) or 1 (MQA).");
    expect(groupedKvStepperSchema.safeParse({ ...PROPS, kvHeads: 8 }).success).toBe(false);
    expect(groupedKvStepperSchema.safeParse({ ...PROPS, step: 4 }).success).toBe(false);
  });

  const authored = { prompt: ["the", "cat", "sat"], steps: 3, step: 0, kvHeads: 2 };
  const fromUrl = (query: string) =>
    readUrlState(groupedKvStepperSpec, "gqa-steps", authored, new URLSearchParams(query));

  it.each([
    ["gqa-steps.kvHeads=1&gqa-steps.step=2", { kvHeads: 1, step: 2 }],
    ["gqa-steps.kvHeads=4", { kvHeads: 4, step: 0 }],
  ] as const)("reads %s with no note", (query, expected) => {
    const state = fromUrl(query);
    expect(state.problems).toEqual([]);
    expect(state.values).toMatchObject(expected);
  });

  it.each([
    ["gqa-steps.kvHeads=abc", "KV heads"],
    ["gqa-steps.kvHeads=5", "KV heads"],
    ["gqa-steps.kvHeads=3", "4 query heads cannot share 3 KV heads"],
    ["gqa-steps.step=9", "step"],
  ] as const)("refuses %s with a note naming the field (%s) and keeps GQA at step 0", (query, named) => {
    const state = fromUrl(query);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toContain(named);
    expect(state.values).toMatchObject({ kvHeads: 2, step: 0 });
  });

  it("an inspected number round-trips through the link: query head 3's weight of key 2 at step 1", () => {
    const codec = groupedKvStepperSpec.inspect!;
    const values = { ...authored, step: 1 };
    const target = codec.read("step1.layer1.head3.weights.0,2", values);
    expect(target).toEqual({ step: 1, layer: 0, part: "weights", head: 2, row: 0, col: 2 });
    expect(codec.write(target!)).toBe("step1.layer1.head3.weights.0,2");
    expect(codec.read("step1.layer1.kv2.K.3,0", values)).toMatchObject({ part: "K", head: 1, row: 3 });
    // KV head 3 does not exist with GQA's 2 KV heads; another step's target is not this step's.
    expect(codec.read("step1.layer1.kv3.K.0,0", values)).toBeNull();
    expect(codec.read("step2.layer1.kv1.K.0,0", values)).toBeNull();
  });
});
