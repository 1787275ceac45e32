// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { BASE_LIMITS, DEFAULT_POSITION_BASE, runKvCache, TOY_DECODER } from "../../math/index.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { explainKvTarget } from "../kv-cache/KvCacheReadout.tsx";
import { RopeKvCache } from "./RopeKvCache.tsx";
import { ropeKvCacheSpec, ropeRunOf, type RopeKvCacheValues } from "./RopeKvCache.editing.ts";
import { ropeKvCacheSchema } from "./RopeKvCache.schema.ts";

const PROPS = { id: "rope-kv", prompt: ["the", "cat", "sat"], steps: 3 };
const WORDS = ["the", "cat", "sat", "mat", "mat", "mat"];

beforeEach(() => window.history.replaceState(null, "", "/concepts/rope-kv-cache/"));
afterEach(cleanup);

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");
const controls = () => within(screen.getByRole("group", { name: "Step controls" }));

describe("the readout of a RoPE run", () => {
  const run = runKvCache(TOY_DECODER, PROPS.prompt, 3, { rope: {} });

  // Worked by hand: "sat" = (2, 1, 0, −1); times columns 0 and 1 of layer 1's W_K gives the pair
  // (3, −1); turned at position 2 with θ₀ = 10000⁰ = 1, by 2 rad: 3·cos 2 − (−1)·sin 2 ≈ −0.33914.
  it("explains cached key K₂₀ of layer 1 by its pair and the turn at position 2", () => {
    const cached = run.prefill.cache[0]!.K[2]![0]!;
    expect(cached).toBeCloseTo(3 * Math.cos(2) + Math.sin(2), 12);
    const t = explainKvTarget(run, 0, WORDS, { layer: 0, part: "K", row: 2, col: 0 });
    // The shown (rounded) terms give −1.2483 + 0.9093 = −0.339, so the unrounded value is given too.
    expect(t.expansion).toMatch(/= −0\.339 \(unrounded: −0\.3391\)$/);
    expect(t.note).toContain("pair 0 = (3, −1)");
    expect(t.note).toContain("position 2 by 2·θ₀ = 2 rad");
    expect(t.note).toContain("Written by prefill");
  });

  it("under the wrong offset, says the new key was turned at the wrong position", () => {
    const wrong = runKvCache(TOY_DECODER, PROPS.prompt, 3, { rope: { wrongOffset: true } });
    const k = explainKvTarget(wrong, 1, WORDS, { layer: 0, part: "k", row: 0, col: 0 });
    expect(k.note).toContain("turns it at position 0");
    expect(k.note).toContain("the new token sits at position 3");
    const K = explainKvTarget(wrong, 2, WORDS, { layer: 0, part: "K", row: 3, col: 1 });
    expect(K.note).toContain("the token sits at position 3");
    expect(K.note).toContain("Appended at step 1");
  });
});

describe("RopeKvCache", () => {
  it("decodes with the keys turned at their own positions: drift 0, equal", () => {
    render(<RopeKvCache {...PROPS} step={1} />);
    expect(text(document.querySelector(".step-status"))).toContain(
      "at position 3; its q and k are turned at position 3",
    );
    const drift = document.querySelector(".rope-kv-drift")!;
    expect(drift.getAttribute("data-verdict")).toBe("equal");
    expect(text(drift)).toContain("Drift against recomputation: 0");
  });

  it("the offset switch turns the new token at 0; the check reports the drift, not equal", () => {
    render(<RopeKvCache {...PROPS} step={1} />);
    fireEvent.click(screen.getByRole("radio", { name: /position 0/ }));
    expect(window.location.search).toContain("rope-kv.offset=wrong");
    const drift = document.querySelector(".rope-kv-drift")!;
    expect(drift.getAttribute("data-verdict")).toBe("different");
    expect(text(drift)).toContain("turned at 0: the wrong offset");
    expect(document.querySelector(".kv-verdict-all")!.getAttribute("data-verdict")).toBe("different");
  });

  it("steps with the shared step controls and keeps the step in the URL", () => {
    render(<RopeKvCache {...PROPS} />);
    expect(text(document.querySelector(".step-status"))).toContain("Step 0 of 3, after prefill");
    fireEvent.click(controls().getByRole("button", { name: "Step" }));
    expect(window.location.search).toBe("?rope-kv.step=1");
  });

  it("writes every step in words without JavaScript state: turned positions and drift", () => {
    render(<RopeKvCache {...PROPS} offset="wrong" />);
    const words = text(screen.getByRole("region", { name: "RoPE in the cache, in words" }));
    expect(words).toContain(`base ${DEFAULT_POSITION_BASE.toLocaleString("en")}`.replace(",", ""));
    expect(words.match(/the wrong offset/g)).toHaveLength(3);
    expect(words).not.toContain("Drift against recomputation: 0 ");
  });
});

describe("ropeKvCacheSpec", () => {
  const authored: RopeKvCacheValues = { prompt: PROPS.prompt, steps: 3, step: 0, base: 10_000, offset: ["right"] };
  const fromUrl = (query: string) => readUrlState(ropeKvCacheSpec, "rope-kv", authored, new URLSearchParams(query));

  it("reads a base, the offset and an inspected cached key from a link", () => {
    const state = fromUrl("rope-kv.base=500&rope-kv.offset=wrong&rope-kv.step=2&rope-kv.inspect=step2.layer1.K.4,1");
    expect(state.problems).toEqual([]);
    expect(state.values.base).toBe(500);
    expect(state.values.offset).toEqual(["wrong"]);
    expect(state.inspect).toBe("step2.layer1.K.4,1");
    const run = ropeRunOf(state.values)!;
    expect(ropeKvCacheSpec.inspect!.read("step2.layer1.K.4,1", state.values)).toEqual({
      step: 2,
      layer: 0,
      part: "K",
      row: 4,
      col: 1,
    });
    expect(run.steps[1]!.ropePosition).toBe(0);
  });

  it.each([
    ["rope-kv.base=abc", "base"],
    ["rope-kv.base=0", "base"],
    [`rope-kv.base=${BASE_LIMITS.max * 2}`, "base"],
    ["rope-kv.offset=sideways", "offset"],
  ])("refuses %s naming %s and keeps the authored values", (query, field) => {
    const state = fromUrl(query);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toContain(field);
    expect(state.values).toEqual(authored);
  });

  it("the schema fills in the base and the offset, and refuses a base of 0", () => {
    expect(ropeKvCacheSchema.parse(PROPS)).toMatchObject({ base: DEFAULT_POSITION_BASE, offset: "right", step: 0 });
    expect(ropeKvCacheSchema.safeParse({ ...PROPS, base: 0 }).success).toBe(false);
  });
});
