import { describe, expect, it } from "vitest";
import {
  explainConcatEntry,
  explainGroupedCacheEntry,
  explainGroupedOutput,
  groupedCachedTokens,
  runGroupedKvCache,
  TOY_GROUPED_DECODERS,
} from "./index.ts";
import { expectClose } from "./test-utils.ts";

// GQA toy: prefill "the cat sat" picks "sat" (index 2), which step 1 feeds in.
const run = runGroupedKvCache(TOY_GROUPED_DECODERS.GQA, ["the", "cat", "sat"], 2);

describe("groupedCachedTokens", () => {
  it("is the prompt after prefill, then grows by the token each step feeds in", () => {
    expect(groupedCachedTokens(run, 0)).toEqual([0, 1, 2]);
    expect(groupedCachedTokens(run, 1)).toEqual([0, 1, 2, run.prefill.next]);
    expect(groupedCachedTokens(run, 2)).toEqual([0, 1, 2, run.prefill.next, run.steps[0]!.next]);
    expect(() => groupedCachedTokens(run, 3)).toThrow(RangeError);
  });
});

describe("explainGroupedCacheEntry by hand (GQA, layer 1)", () => {
  it("K row 1, column 1 of KV head 1 is “cat” (0, 0, 2, −1) against column 1 of its W_K: −3, from prefill", () => {
    // Column 1 of layer 1's first key projection is (0, 0, −1, 1): 0 + 0 − 2 − 1 = −3.
    const e = explainGroupedCacheEntry(run, "K", 0, 0, 1, 1);
    expect(e.terms.map((t) => [t.left, t.right])).toEqual([
      [0, 0],
      [0, 0],
      [2, -1],
      [-1, 1],
    ]);
    expect(e).toMatchObject({ sum: -3, origin: 0, row: 1, kvHead: 0, input: [0, 0, 2, -1] });
  });

  it("K row 3, column 1 of KV head 2 was appended at step 1 from “sat” (2, 1, 0, −1): 2 − 1 = 1", () => {
    // Column 1 of the second key projection is (1, 0, 1, 1): 2·1 + 1·0 + 0·1 + (−1)·1 = 1.
    const e = explainGroupedCacheEntry(run, "K", 0, 1, 3, 1);
    expect(e).toMatchObject({ sum: 1, origin: 1, input: [2, 1, 0, -1] });
    expect(e.sum).toBe(run.steps[0]!.layers[0]!.cache[1]!.K[3]![1]);
  });

  it("every explained entry equals the number in the cache, for K and V of every head, layer and row", () => {
    const last = run.steps.at(-1)!;
    last.cache.forEach((layer, l) =>
      layer.forEach((c, g) =>
        (["K", "V"] as const).forEach((which) =>
          c[which].forEach((r, i) =>
            r.forEach((v, j) => expect(explainGroupedCacheEntry(run, which, l, g, i, j).sum).toBe(v)),
          ),
        ),
      ),
    );
  });

  it("refuses a KV head the model does not have, and runs with RoPE", () => {
    expect(() => explainGroupedCacheEntry(run, "K", 0, 2, 0, 0)).toThrow(RangeError);
    const rope = runGroupedKvCache(TOY_GROUPED_DECODERS.GQA, ["the", "cat"], 1, { rope: {} });
    expect(() => explainGroupedCacheEntry(rope, "K", 0, 0, 0, 0)).toThrow(/RoPE/);
  });
});

describe("explainGroupedOutput", () => {
  const layer = run.steps[0]!.layers[0]!;

  it("query head 4 reads KV head 2 with four equal scores, so its output is the mean of the values", () => {
    // Its q = (1, 0) meets keys whose first entries are all 0: weights ¼ each. The values of KV head 2
    // are (−1, −1), (0, 2), (1, 2), (1, 2): mean (0.25, 1.25). They are entries 6 and 7 of the concat.
    const heads = layer.heads.map((h) => [h.attended]);
    expect(explainConcatEntry(heads, 0, 6)).toMatchObject({ head: 3, headColumn: 0 });
    expectClose(layer.heads[3]!.weights, [0.25, 0.25, 0.25, 0.25], 1e-15);
    expectClose(layer.heads[3]!.attended, [0.25, 1.25], 1e-15);
  });

  it("output j is xIn j plus the concatenated heads against column j of W_O, exactly the decoder's numbers", () => {
    const WO = TOY_GROUPED_DECODERS.GQA.layers[0]!.WO;
    for (let j = 0; j < 4; j++) {
      const e = explainGroupedOutput(layer, WO, j);
      expect(e.mixed.column).toEqual(WO.map((r) => r[j]));
      expect(e.mixed.sum).toBe(layer.attended[j]);
      expect(e.output).toBe(layer.output[j]);
      expect(e.input).toBe(layer.xIn[j]);
    }
    expect(() => explainGroupedOutput(layer, WO, 4)).toThrow(RangeError);
  });
});
