import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cachedTokens,
  cacheRowOrigin,
  decodeStep,
  explainCacheEntry,
  explainResidual,
  forwardFull,
  prefill,
  RECOMPUTE_TOLERANCE,
  runKvCache,
  ShapeError,
  TOY_DECODER,
  type LayerCache,
  type TinyDecoder,
} from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

const PROMPT = ["the", "cat", "sat"];
const STEPS = 4;

/** Every entry of a against b within RECOMPUTE_TOLERANCE, entry by entry. */
function expectSameNumbers(a: readonly number[], b: readonly number[]): void {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(RECOMPUTE_TOLERANCE));
}

describe("the toy decoder by hand: prompt “the cat sat”, first decode step, layer 1", () => {
  const run = runKvCache(TOY_DECODER, PROMPT, STEPS);
  const layer = run.steps[0]!.layers[0]!;

  // Prefill's greedy pick, fed in at step 1, is “mat”: its embedding is row 5 of E, (2, 0, −1, 1).
  it("decode step 1 feeds “mat”, the word prefill picked, with x = (2, 0, −1, 1)", () => {
    expect(TOY_DECODER.vocabulary[run.prefill.next]).toBe("mat");
    expect(run.steps[0]!.token).toBe(5);
    expect(layer.xIn).toEqual([2, 0, -1, 1]);
  });

  // x·W_q = 2·(row 0) − (row 2) + (row 3) = (0, 2, −2, 2) − (0, 1, 0, 0) + (0, 0, −1, 0) = (0, 1, −3, 2);
  // x·W_k = 2·(1, −1, 0, −1) − (0, 1, 0, 0) + (0, −1, −1, 1) = (2, −4, −1, −1);
  // x·W_v = 2·(0, 0, 1, 0) − (0, 1, −1, −1) + (1, 1, −1, 1) = (1, 0, 2, 2).
  it("decodeStep computes the new token's own q = (0, 1, −3, 2), k = (2, −4, −1, −1), v = (1, 0, 2, 2)", () => {
    expect(layer.q).toEqual([0, 1, -3, 2]);
    expect(layer.k).toEqual([2, -4, -1, -1]);
    expect(layer.v).toEqual([1, 0, 2, 2]);
  });

  // Keys of the prompt, worked the same way from E's rows 0, 1, 2:
  // the = −r0 − r1 + r3 = (−2, 0, 0, 1); cat = 2r2 − r3 = (0, 3, 1, −1); sat = 2r0 + r1 − r3 = (3, −1, 0, −2).
  // Values: the = (0, 0, −1, 2); cat = (−1, 1, −1, −3); sat = (0, 0, 2, −2).
  it("decodeStep appends k and v under the three prefilled rows, which are unchanged", () => {
    expect(layer.cache.K).toEqual([
      [-2, 0, 0, 1],
      [0, 3, 1, -1],
      [3, -1, 0, -2],
      [2, -4, -1, -1],
    ]);
    expect(layer.cache.V).toEqual([
      [0, 0, -1, 2],
      [-1, 1, -1, -3],
      [0, 0, 2, -2],
      [1, 0, 2, 2],
    ]);
    expect(run.prefill.cache[0]!.K).toEqual(layer.cache.K.slice(0, 3));
  });

  // q·k: the 0 + 0 + 0 + 2 = 2; cat 0 + 3 − 3 − 2 = −2; sat 0 − 1 + 0 − 4 = −5; mat 0 − 4 + 3 − 2 = −3.
  it("decodeStep scores q against all 4 cached keys, (2, −2, −5, −3), then divides by √4 = 2", () => {
    expect(layer.scores).toEqual([2, -2, -5, -3]);
    expect(layer.scaled).toEqual([1, -1, -2.5, -1.5]);
  });

  it("decodeStep's weights are softmax(1, −1, −2.5, −1.5) ≈ (0.8015, 0.1085, 0.0242, 0.0658)", () => {
    const e = [Math.exp(1), Math.exp(-1), Math.exp(-2.5), Math.exp(-1.5)];
    const total = e[0]! + e[1]! + e[2]! + e[3]!; // ≈ 3.3914
    expectClose(
      layer.weights,
      e.map((x) => x / total),
      1e-12,
    );
    expectClose(layer.weights, [0.8015, 0.1085, 0.0242, 0.0658], 1e-3);
  });

  it("decodeStep's attended row is Σ w_r·v_r and its output adds x back (the residual)", () => {
    const [a, b, c, d] = layer.weights as [number, number, number, number];
    // Column by column from the value rows above.
    const attended = [-b + d, b, -a - b + 2 * c + 2 * d, 2 * a - 3 * b - 2 * c + 2 * d];
    expectClose(layer.attended, attended, 1e-12);
    expectClose(layer.output, [2 + attended[0]!, attended[1]!, -1 + attended[2]!, 1 + attended[3]!], 1e-12);
    expect(explainResidual(layer, 2)).toEqual({
      index: 2,
      input: -1,
      attended: layer.attended[2],
      output: layer.output[2],
    });
  });

  it("explainCacheEntry(K, layer 0, row 1, column 1) is the “cat” input times column 1 of W_k, from prefill", () => {
    const e = explainCacheEntry(run, "K", 0, 1, 1);
    expect(e.origin).toBe(0);
    expect(e.input).toEqual([0, 0, 2, -1]);
    expect(e.column).toEqual([-1, 0, 1, -1]);
    expect(e.sum).toBe(3);
    expect(explainCacheEntry(run, "V", 1, 4, 0).origin).toBe(2);
  });
});

describe("the cache gives exactly what a full recomputation gives", () => {
  it("runKvCache(TOY_DECODER): every step's every layer equals the last row of forwardFull within 1e-12", () => {
    const run = runKvCache(TOY_DECODER, PROMPT, STEPS);
    expect(run.steps).toHaveLength(STEPS);
    run.steps.forEach((step, s) => {
      const ids = cachedTokens(run, s + 1);
      const full = forwardFull(TOY_DECODER, ids);
      const last = ids.length - 1;
      step.layers.forEach((layer, l) => {
        const f = full.layers[l]!;
        expectSameNumbers(layer.q, f.Q[last]!);
        expectSameNumbers(layer.k, f.K[last]!);
        expectSameNumbers(layer.v, f.V[last]!);
        expectSameNumbers(layer.weights, f.attention.weights[last]!);
        expectSameNumbers(layer.attended, f.attention.output[last]!);
        expectSameNumbers(layer.output, f.output[last]!);
        // The cache is exactly the full pass's K and V: nothing earlier was changed by the new token.
        layer.cache.K.forEach((r, i) => expectSameNumbers(r, f.K[i]!));
        layer.cache.V.forEach((r, i) => expectSameNumbers(r, f.V[i]!));
      });
      expectSameNumbers(step.logits, full.logits);
      expect(step.next).toBe(full.next);
      expect(step.equal).toBe(true);
      step.differences.forEach((d) => expect(d).toBeLessThanOrEqual(RECOMPUTE_TOLERANCE));
    });
  });

  it("the cache grows by exactly one row per step in every layer, and never holds a Q", () => {
    const run = runKvCache(TOY_DECODER, PROMPT, STEPS);
    run.prefill.cache.forEach((c) => {
      expect(c.K).toHaveLength(PROMPT.length);
      expect(Object.keys(c).sort()).toEqual(["K", "V"]);
    });
    run.steps.forEach((step, s) =>
      step.cache.forEach((c, l) => {
        expect(c.K).toHaveLength(PROMPT.length + s + 1);
        expect(c.V).toHaveLength(PROMPT.length + s + 1);
        expect(Object.keys(c).sort()).toEqual(["K", "V"]);
        expect(c).toBe(step.layers[l]!.cache);
      }),
    );
  });

  it("LayerCache has no Q: the type holds K and V only", () => {
    const cache: LayerCache = prefill(TOY_DECODER, [0, 1]).cache[0]!;
    // @ts-expect-error a LayerCache has no Q, and typechecking fails if one is ever added
    expect(cache.Q).toBeUndefined();
  });

  it("decodeStep leaves the cache it was given unchanged", () => {
    const first = prefill(TOY_DECODER, [0, 1, 2]);
    const before = JSON.stringify(first.cache);
    decodeStep(TOY_DECODER, first.cache, 3);
    expect(JSON.stringify(first.cache)).toBe(before);
  });

  it("decodeStep = last row of forwardFull for random weights, embeddings and prompts (fast-check)", () => {
    const entry = fc.integer({ min: -20, max: 20 }).map((n) => n / 10);
    const model = fc
      .record({
        E: matrixArb(5, 4, entry),
        layers: fc.array(
          fc.record({ Wq: matrixArb(4, 4, entry), Wk: matrixArb(4, 4, entry), Wv: matrixArb(4, 4, entry) }),
          { minLength: 1, maxLength: 3 },
        ),
      })
      .map((m): TinyDecoder => ({ ...m, vocabulary: ["a", "b", "c", "d", "e"] }));
    const ids = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 7 });
    fc.assert(
      fc.property(model, ids, (m, seq) => {
        // Prefill the first token(s), then decode the rest one by one, feeding the given tokens.
        let cache = prefill(m, seq.slice(0, 1)).cache;
        for (let i = 1; i < seq.length; i++) {
          const step = decodeStep(m, cache, seq[i]!);
          const full = forwardFull(m, seq.slice(0, i + 1));
          step.layers.forEach((layer, l) => expectSameNumbers(layer.output, full.layers[l]!.output[i]!));
          expectSameNumbers(step.logits, full.logits);
          expect(step.cache.every((c) => c.K.length === i + 1)).toBe(true);
          cache = step.cache;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("bad input", () => {
  it("runKvCache names a word that is not in the vocabulary", () => {
    expect(() => runKvCache(TOY_DECODER, ["the", "dog"], 1)).toThrow('"dog", is not in the vocabulary');
  });

  it("decodeStep rejects a cache with the wrong number of layers", () => {
    expect(() => decodeStep(TOY_DECODER, [], 0)).toThrow(ShapeError);
    expect(() => decodeStep(TOY_DECODER, [], 0)).toThrow("the cache has 0 layers but the model has 2");
  });

  it("forwardFull rejects weights that are not d_model × d_model", () => {
    const bad: TinyDecoder = { ...TOY_DECODER, layers: [{ Wq: [[1]], Wk: [[1]], Wv: [[1]] }] };
    expect(() => forwardFull(bad, [0])).toThrow("must be 4×4");
  });

  it("cacheRowOrigin: prompt rows come from prefill (0), later rows from their decode step", () => {
    const run = runKvCache(TOY_DECODER, PROMPT, 2);
    expect([0, 1, 2, 3, 4].map((r) => cacheRowOrigin(run, r))).toEqual([0, 0, 0, 1, 2]);
    expect(() => cachedTokens(run, 3)).toThrow(RangeError);
  });
});
