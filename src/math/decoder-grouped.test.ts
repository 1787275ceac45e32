import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asGroupedDecoder,
  cacheValuesPerToken,
  decodeStepGrouped,
  forwardFull,
  forwardFullGrouped,
  HeadCountError,
  multiHeadAttention,
  prefillGrouped,
  RECOMPUTE_TOLERANCE,
  runGroupedKvCache,
  runKvCache,
  ShapeError,
  TOY_DECODER,
  TOY_GROUPED_DECODERS,
  toyGroupedDecoder,
  type AttentionKind,
  type DecoderOptions,
  type GroupedDecoder,
  type GroupedKvCache,
} from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

const PROMPT = ["the", "cat", "sat"];
const VARIANTS: readonly [AttentionKind, number][] = [
  ["MHA", 4],
  ["GQA", 2],
  ["MQA", 1],
];

describe("the toy grouped decoder by hand (GQA: 4 query heads, 2 KV heads, d_head 2), layer 1", () => {
  const layer = forwardFullGrouped(TOY_GROUPED_DECODERS.GQA, [0, 1, 2]).layers[0]!;

  // KV head 0's W_k picks (x₀, −x₂ + x₃): the (−1, −1, 0, 1) → (−1, 1); cat (0, 0, 2, −1) → (0, −3);
  // sat (2, 1, 0, −1) → (2, −1).
  it("KV head 0 holds one 2-wide key per token: (−1, 1), (0, −3), (2, −1)", () => {
    expect(layer.kv).toHaveLength(2);
    expect(layer.kv[0]!.K).toEqual([
      [-1, 1],
      [0, -3],
      [2, -1],
    ]);
  });

  it("query heads 0 and 1 read KV head 0, heads 2 and 3 read KV head 1", () => {
    expect(layer.heads.map((h) => h.kvHead)).toEqual([0, 0, 1, 1]);
    expect(layer.heads[1]!.K).toBe(layer.kv[0]!.K);
    expect(layer.heads[2]!.V).toBe(layer.kv[1]!.V);
  });

  // “sat”: head 0's q = (0, −3) scores (−3, 9, 3); head 1's q = (0, 4) scores (4, −12, −4), both
  // against the same three keys; divided by √2 and softmaxed (python3).
  it("heads 0 and 1 score different queries against the same cached keys", () => {
    expect(layer.heads[0]!.Q[2]).toEqual([0, -3]);
    expect(layer.heads[0]!.scores[2]).toEqual([-3, 9, 3]);
    expect(layer.heads[1]!.scores[2]).toEqual([4, -12, -4]);
    expectClose(layer.heads[0]!.weights[2]!, [0.0002035187854232186, 0.9856333283923042, 0.014163152822272509], 1e-12);
    expectClose(layer.heads[1]!.weights[2]!, [0.9965065532105822, 1.2161831668845299e-5, 0.0034812849577488384], 1e-12);
  });

  it("the concatenated heads are H·d_head = 8 wide and W_O brings them back to d_model = 4", () => {
    expect(layer.concat[0]).toHaveLength(8);
    expect(layer.attended[0]).toHaveLength(4);
    expectClose(
      layer.output,
      layer.X.map((x, i) => x.map((v, j) => v + layer.attended[i]![j]!)),
      0,
    );
  });
});

describe("what the cache holds", () => {
  it.each(VARIANTS)("%s toy: per layer %i KV heads, 2·G·d_head numbers per token, never a Q", (_, G) => {
    const model = toyGroupedDecoder(G);
    const run = runGroupedKvCache(model, PROMPT, 2);
    const cache: GroupedKvCache = run.steps[1]!.cache;
    const t = PROMPT.length + 2;
    cache.forEach((layer) => {
      expect(layer).toHaveLength(G);
      layer.forEach((c) => {
        expect(Object.keys(c).sort()).toEqual(["K", "V"]);
        expect(c.K).toHaveLength(t);
        expect(c.V).toHaveLength(t);
      });
      const numbers = layer.reduce((n, c) => n + c.K.flat().length + c.V.flat().length, 0);
      expect(numbers / t).toBe(cacheValuesPerToken(G, 2));
    });
  });
});

describe("cached decoding equals recomputation", () => {
  const cases = VARIANTS.flatMap(([name, G]) =>
    (
      [
        ["no RoPE", {}],
        ["RoPE", { rope: {} }],
        ["RoPE base 100", { rope: { base: 100 } }],
      ] as const
    ).map(([label, options]) => [name, label, G, options] as [AttentionKind, string, number, DecoderOptions]),
  );

  it.each(cases)(
    "%s, %s: every step and layer agrees within 1e-12, and the cache is the full pass's K and V",
    (_, __, G, options) => {
      const run = runGroupedKvCache(toyGroupedDecoder(G), PROMPT, 4, options);
      run.steps.forEach((s) => {
        expect(s.equal).toBe(true);
        expect(s.drift).toBeLessThanOrEqual(RECOMPUTE_TOLERANCE);
        s.cache.forEach((layer, l) =>
          layer.forEach((c, g) => {
            expectClose(c.K, s.full.layers[l]!.kv[g]!.K, RECOMPUTE_TOLERANCE);
            expectClose(c.V, s.full.layers[l]!.kv[g]!.V, RECOMPUTE_TOLERANCE);
          }),
        );
      });
    },
  );

  it.each(VARIANTS)("%s with the wrong-offset bug: every step drifts, and the run says by how much", (name) => {
    const run = runGroupedKvCache(TOY_GROUPED_DECODERS[name], PROMPT, 3, { rope: { wrongOffset: true } });
    run.steps.forEach((s) => {
      expect(s.ropePosition).toBe(0);
      expect(s.equal).toBe(false);
      expect(s.drift).toBeGreaterThan(1);
    });
  });

  it("decodeStepGrouped = last row of forwardFullGrouped for random models, H ∈ {1, 2, 4}, G | H (fast-check)", () => {
    const entry = fc.integer({ min: -20, max: 20 }).map((n) => n / 10);
    const layerArb = fc.constantFrom([1, 1], [2, 1], [2, 2], [4, 1], [4, 2], [4, 4]).chain(([H, G]) =>
      fc.record({
        Wq: fc.array(matrixArb(4, 2, entry), { minLength: H!, maxLength: H! }),
        Wk: fc.array(matrixArb(4, 2, entry), { minLength: G!, maxLength: G! }),
        Wv: fc.array(matrixArb(4, 2, entry), { minLength: G!, maxLength: G! }),
        WO: matrixArb(2 * H!, 4, entry),
      }),
    );
    const model = fc
      .record({ E: matrixArb(4, 4, entry), layers: fc.array(layerArb, { minLength: 1, maxLength: 2 }) })
      .map((m): GroupedDecoder => ({ ...m, vocabulary: ["a", "b", "c", "d"] }));
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 6 });
    const options = fc.constantFrom<DecoderOptions>({}, { rope: {} }, { rope: { base: 10 } });
    fc.assert(
      fc.property(model, seq, options, (m, ids, opts) => {
        let cache = prefillGrouped(m, ids.slice(0, 1), opts).cache;
        for (let i = 1; i < ids.length; i++) {
          const step = decodeStepGrouped(m, cache, ids[i]!, opts);
          const full = forwardFullGrouped(m, ids.slice(0, i + 1), opts);
          step.layers.forEach((layer, l) => expectClose(layer.output, full.layers[l]!.output[i]!, RECOMPUTE_TOLERANCE));
          expectClose(step.logits, full.logits, RECOMPUTE_TOLERANCE);
          cache = step.cache;
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("grouped heads are ordinary heads that share K and V", () => {
  it("GQA with G = H is plain multi-head attention: each layer's concat·W_O equals multiHeadAttention", () => {
    const model = TOY_GROUPED_DECODERS.MHA;
    forwardFullGrouped(model, [0, 1, 2, 5]).layers.forEach((layer, l) => {
      const { Wq, Wk, Wv, WO } = model.layers[l]!;
      const heads = Wq.map((W, h) => ({ Wq: W, Wk: Wk[h]!, Wv: Wv[h]! }));
      const mha = multiHeadAttention(layer.X, heads, WO, { causal: true });
      expectClose(layer.concat, mha.concat, 1e-12);
      expectClose(layer.attended, mha.output, 1e-12);
    });
  });

  it("MQA equals MHA whose four KV heads are all copies of the one shared head", () => {
    const mqa = TOY_GROUPED_DECODERS.MQA;
    const copied: GroupedDecoder = {
      ...mqa,
      layers: mqa.layers.map((l) => ({
        ...l,
        Wk: [0, 1, 2, 3].map(() => l.Wk[0]!),
        Wv: [0, 1, 2, 3].map(() => l.Wv[0]!),
      })),
    };
    expectClose(forwardFullGrouped(mqa, [0, 1, 2]).logits, forwardFullGrouped(copied, [0, 1, 2]).logits, 1e-12);
  });

  it.each<[string, DecoderOptions]>([
    ["without RoPE", {}],
    ["with RoPE", { rope: { base: 100 } }],
  ])("asGroupedDecoder(TOY_DECODER) gives the single-head decoder's numbers %s", (_, options) => {
    const single = runKvCache(TOY_DECODER, PROMPT, 3, options);
    const grouped = runGroupedKvCache(asGroupedDecoder(TOY_DECODER), PROMPT, 3, options);
    expect(grouped.steps.map((s) => s.next)).toEqual(single.steps.map((s) => s.next));
    grouped.steps.forEach((s, i) => {
      expectClose(s.logits, single.steps[i]!.logits, 1e-12);
      s.cache.forEach((layer, l) => expectClose(layer[0]!.K, single.steps[i]!.cache[l]!.K, 1e-12));
    });
    expectClose(
      forwardFullGrouped(asGroupedDecoder(TOY_DECODER), [0, 1], options).logits,
      forwardFull(TOY_DECODER, [0, 1], options).logits,
      1e-12,
    );
  });
});

describe("bad input", () => {
  it("toyGroupedDecoder(3) throws: 4 query heads cannot share 3 KV heads", () => {
    expect(() => toyGroupedDecoder(3)).toThrow(HeadCountError);
    expect(() => toyGroupedDecoder(3)).toThrow(
      "4 query heads cannot share 3 KV heads: the number of query heads must be a multiple of the number of KV heads.",
    );
  });

  it("forwardFullGrouped rejects a layer with 4 query heads and 3 KV heads", () => {
    const bad: GroupedDecoder = {
      ...TOY_GROUPED_DECODERS.MHA,
      layers: [
        {
          ...TOY_GROUPED_DECODERS.MHA.layers[0]!,
          Wk: TOY_GROUPED_DECODERS.MHA.layers[0]!.Wk.slice(0, 3),
          Wv: TOY_GROUPED_DECODERS.MHA.layers[0]!.Wv.slice(0, 3),
        },
      ],
    };
    expect(() => forwardFullGrouped(bad, [0])).toThrow(HeadCountError);
  });

  it.each<[string, Partial<GroupedDecoder["layers"][number]>, string]>([
    ["a W_O of the wrong size", { WO: [[1, 0, 0, 0]] }, "layer 1 has a 1×4 W_O; it must be 8×4"],
    [
      "more value than key projections",
      { Wv: TOY_GROUPED_DECODERS.MHA.layers[0]!.Wv.slice(0, 3) },
      "layer 1 has 4 key projections but 3 value projections",
    ],
    [
      "a projection of the wrong width",
      { Wq: [[[1], [0], [0], [0]], ...TOY_GROUPED_DECODERS.MHA.layers[0]!.Wq.slice(1)] },
      "every query, key and value weight matrix must be 4×1",
    ],
  ])("forwardFullGrouped rejects %s with a ShapeError", (_, change, message) => {
    const bad: GroupedDecoder = {
      ...TOY_GROUPED_DECODERS.MHA,
      layers: [{ ...TOY_GROUPED_DECODERS.MHA.layers[0]!, ...change }],
    };
    expect(() => forwardFullGrouped(bad, [0])).toThrow(ShapeError);
    expect(() => forwardFullGrouped(bad, [0])).toThrow(message);
  });

  it("decodeStepGrouped rejects a cache made for another number of KV heads", () => {
    const cache = prefillGrouped(TOY_GROUPED_DECODERS.GQA, [0, 1]).cache;
    expect(() => decodeStepGrouped(TOY_GROUPED_DECODERS.MHA, cache, 2)).toThrow(
      "with 2 KV heads in layer 1, but the model has 2 layers with 4 KV heads",
    );
  });
});
