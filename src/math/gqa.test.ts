import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attentionKind,
  CACHE_PRESETS,
  cacheBytesPerToken,
  cacheValuesPerToken,
  groupedQueryAttention,
  HeadCountError,
  identity,
  kvHeadFor,
  multiHeadAttention,
  type Matrix,
} from "./index.ts";
import { dim, expectClose, matrixArb, smallDouble } from "./test-utils.ts";

describe("kvHeadFor and attentionKind", () => {
  it.each([
    // 8 query heads, 2 KV heads: groups of 4, so heads 0–3 → 0 and 4–7 → 1.
    [0, 8, 2, 0],
    [3, 8, 2, 0],
    [4, 8, 2, 1],
    [7, 8, 2, 1],
    // 32 query heads, 8 KV heads (Llama 3 8B): groups of 4; head 13 → ⌊13/4⌋ = 3.
    [13, 32, 8, 3],
    [5, 6, 6, 5],
    [5, 6, 1, 0],
  ])("kvHeadFor(%i, %i query heads, %i KV heads) is KV head %i", (q, queryHeads, kvHeads, expected) => {
    expect(kvHeadFor(q, queryHeads, kvHeads)).toBe(expected);
  });

  it("kvHeadFor(0, 4, 3) throws a HeadCountError saying 4 query heads cannot share 3 KV heads", () => {
    expect(() => kvHeadFor(0, 4, 3)).toThrow(HeadCountError);
    expect(() => kvHeadFor(0, 4, 3)).toThrow(
      "4 query heads cannot share 3 KV heads: the number of query heads must be a multiple of the number of KV heads",
    );
    expect(() => kvHeadFor(4, 4, 2)).toThrow("from 0 to 3");
    expect(() => kvHeadFor(0, 0, 1)).toThrow(RangeError);
  });

  it.each([
    [32, 32, "MHA"],
    [1, 1, "MHA"],
    [32, 8, "GQA"],
    [71, 1, "MQA"],
    [2, 1, "MQA"],
  ] as const)("attentionKind(%i, %i) is %s", (q, kv, kind) => {
    expect(attentionKind(q, kv)).toBe(kind);
  });

  it("attentionKind names every cache preset: GPT-2 and Llama 2 MHA, Llama 3 and 3.1 GQA, Falcon-7B MQA", () => {
    const kinds = Object.fromEntries(CACHE_PRESETS.map((p) => [p.id, attentionKind(p.queryHeads, p.shape.kvHeads)]));
    expect(kinds).toEqual({
      "gpt2-small": "MHA",
      "llama2-7b": "MHA",
      "llama3-8b": "GQA",
      "llama3.1-8b-128k": "GQA",
      "falcon-7b": "MQA",
    });
  });

  it("attentionKind refuses more KV heads than query heads", () => {
    expect(() => attentionKind(2, 4)).toThrow(HeadCountError);
  });
});

describe("cacheValuesPerToken and cacheBytesPerToken", () => {
  it.each([
    // 2·8·128 = 2,048 numbers per token and layer; ·32 layers ·2 B = 131,072 B = 128 KiB.
    ["Llama 3 8B (GQA)", 32, 8, 128, 2, 2_048, 131_072],
    // 2·32·128 = 8,192; ·32·2 = 524,288 B = 512 KiB.
    ["Llama 2 7B (MHA)", 32, 32, 128, 2, 8_192, 524_288],
    // 2·1·64 = 128; ·32·2 = 8,192 B = 8 KiB.
    ["Falcon-7B (MQA)", 32, 1, 64, 2, 128, 8_192],
  ])(
    "%s: %i layers, %i KV heads of %i, %i B: %i numbers per layer, %i B per token",
    (_, layers, kv, dHead, bytes, values, total) => {
      expect(cacheValuesPerToken(kv, dHead)).toBe(values);
      expect(cacheBytesPerToken(layers, kv, dHead, bytes)).toBe(total);
    },
  );

  it("cacheValuesPerToken and cacheBytesPerToken refuse counts outside the calculator's limits", () => {
    expect(() => cacheValuesPerToken(0, 64)).toThrow(/KV heads cannot be 0/);
    expect(() => cacheBytesPerToken(32, 8, 128, 3)).toThrow(/3 bytes/);
  });
});

describe("groupedQueryAttention by hand (MQA: 2 query heads share 1 KV head)", () => {
  // X = I₂, so each projection is its weight matrix. K = (1; 0), V = (2; 4).
  // Query head 0: q = (0; 0), scores 0, weights ½ ½, output ½·2 + ½·4 = 3 for both tokens.
  // Query head 1: q = (0; 1), row 0 scores (0, 0) → 3; row 1 scores (1, 0), d_k = 1,
  // weights (e/(e+1), 1/(e+1)), output (2e + 4)/(e + 1) = 2.5378828.
  // concat = (3 3; 3 2.5378828); W_O = (1; 1) → (6; 5.5378828).
  const X = identity(2);
  const result = groupedQueryAttention(
    X,
    [
      [[0], [0]],
      [[0], [1]],
    ],
    [{ Wk: [[1], [0]], Wv: [[2], [4]] }],
    [[1], [1]],
  );

  it("groupedQueryAttention computes K and V once and both query heads read the same arrays", () => {
    expect(result.kind).toBe("MQA");
    expect(result.groupSize).toBe(2);
    expect(result.kv).toHaveLength(1);
    expect(result.heads.map((h) => h.kvHead)).toEqual([0, 0]);
    expect(result.heads[0]!.K).toBe(result.heads[1]!.K);
    expect(result.heads[1]!.V).toBe(result.kv[0]!.V);
  });

  it("groupedQueryAttention gives each query head its own scores, weights and output", () => {
    expectClose(result.heads[0]!.weights, [
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expectClose(
      result.heads[1]!.weights,
      [
        [0.5, 0.5],
        [Math.E / (Math.E + 1), 1 / (Math.E + 1)],
      ],
      1e-12,
    );
    expectClose(
      result.concat,
      [
        [3, 3],
        [3, 2.5378828],
      ],
      1e-6,
    );
    expectClose(result.output, [[6], [5.5378828]], 1e-6);
  });

  it("groupedQueryAttention refuses 3 query heads over 2 KV heads", () => {
    const W = [[1], [0]];
    const kv = { Wk: W, Wv: W };
    expect(() => groupedQueryAttention(X, [W, W, W], [kv, kv], [[1], [1], [1]])).toThrow(HeadCountError);
  });
});

describe("groupedQueryAttention laws", () => {
  // n tokens, d_model, head size, KV heads, group size, and the weights.
  const setup = fc
    .tuple(
      dim,
      dim,
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
    )
    .chain(([n, d, dh, kvHeads, group, causal]) =>
      fc.record({
        X: matrixArb(n, d, smallDouble),
        Wq: fc.array(matrixArb(d, dh, smallDouble), { minLength: kvHeads * group, maxLength: kvHeads * group }),
        kv: fc.array(fc.record({ Wk: matrixArb(d, dh, smallDouble), Wv: matrixArb(d, dh, smallDouble) }), {
          minLength: kvHeads,
          maxLength: kvHeads,
        }),
        WO: matrixArb(kvHeads * group * dh, 2, smallDouble),
        causal: fc.constant(causal),
      }),
    );

  it("groupedQueryAttention equals multiHeadAttention when each query head gets its group's K/V weights", () => {
    fc.assert(
      fc.property(setup, ({ X, Wq, kv, WO, causal }) => {
        const group = Wq.length / kv.length;
        const heads = Wq.map((W, h) => ({ Wq: W, ...kv[Math.floor(h / group)]! }));
        const gqa = groupedQueryAttention(X, Wq, kv, WO, { causal });
        const mha = multiHeadAttention(X, heads, WO, { causal });
        expectClose(gqa.output, mha.output, 1e-12);
        expectClose(gqa.concat, mha.concat, 1e-12);
      }),
    );
  });

  it("groupedQueryAttention with as many KV heads as query heads is multiHeadAttention (MHA)", () => {
    fc.assert(
      fc.property(setup, ({ X, Wq, kv, WO }) => {
        const heads = kv.map(({ Wk, Wv }, h) => ({ Wq: Wq[h]!, Wk, Wv }));
        const WOsmall: Matrix = WO.slice(0, kv.length * heads[0]!.Wv[0]!.length);
        const gqa = groupedQueryAttention(
          X,
          heads.map((h) => h.Wq),
          kv,
          WOsmall,
        );
        expect(gqa.kind).toBe("MHA");
        expectClose(gqa.output, multiHeadAttention(X, heads, WOsmall).output, 1e-12);
      }),
    );
  });

  it("every query head's weights are an ordinary softmax over its keys: each row sums to 1", () => {
    fc.assert(
      fc.property(setup, ({ X, Wq, kv, WO, causal }) => {
        groupedQueryAttention(X, Wq, kv, WO, { causal }).heads.forEach((h) =>
          h.weights.forEach((row) =>
            expectClose(
              row.reduce((a, b) => a + b, 0),
              1,
              1e-12,
            ),
          ),
        );
      }),
    );
  });
});
