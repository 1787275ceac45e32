import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeStep,
  explainCacheEntry,
  forwardFull,
  OddDimensionError,
  prefill,
  RECOMPUTE_TOLERANCE,
  ropeRotate,
  runKvCache,
  TOY_DECODER,
  type DecoderOptions,
  type TinyDecoder,
} from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

const PROMPT = ["the", "cat", "sat"];
const IDS = [0, 1, 2];
const MAT = 5;

describe("the options leave the original decoder alone", () => {
  it("runKvCache(TOY_DECODER, prompt, 4) without options gives the same numbers as before, with no RoPE fields", () => {
    const plain = runKvCache(TOY_DECODER, PROMPT, 4);
    expect(plain.options).toEqual({});
    expect(runKvCache(TOY_DECODER, PROMPT, 4, {}).steps.map((s) => s.logits)).toEqual(plain.steps.map((s) => s.logits));
    expect("QUnrotated" in plain.prefill.layers[0]!).toBe(false);
    expect("qUnrotated" in plain.steps[0]!.layers[0]!).toBe(false);
    expect("ropePosition" in plain.steps[0]!).toBe(false);
    expect(plain.steps.map((s) => s.position)).toEqual([3, 4, 5, 6]);
    expect(plain.steps.every((s) => s.drift === 0 && s.logitDifference === 0)).toBe(true);
  });
});

describe("RoPE in the toy decoder by hand: prompt “the cat sat”, then “mat” at position 3, layer 1", () => {
  const rope: DecoderOptions = { rope: {} };
  const first = prefill(TOY_DECODER, IDS, rope);
  const step = decodeStep(TOY_DECODER, first.cache, MAT, rope);
  const layer = step.layers[0]!;

  it("prefill caches each prompt key turned at its own position; “the” at position 0 is not turned", () => {
    const K = first.cache[0]!.K;
    expect(K[0]).toEqual([-2, 0, 0, 1]);
    expectClose(K[1]!, ropeRotate([0, 3, 1, -1], 1), 1e-15);
    expectClose(K[2]!, ropeRotate([3, -1, 0, -2], 2), 1e-15);
  });

  it("prefill never turns values: layer 1's cached V is the same with and without RoPE", () => {
    expect(first.cache[0]!.V).toEqual(prefill(TOY_DECODER, IDS).cache[0]!.V);
  });

  // k = (2, −4, −1, −1) turned at 3: pair 0 by 3 rad → (2 cos 3 + 4 sin 3, 2 sin 3 − 4 cos 3),
  // pair 1 by 0.03 rad; worked with python3.
  it("decodeStep turns the new key at its position, 3 = the cache length, before appending it", () => {
    expect(step.position).toBe(3);
    expect(step.ropePosition).toBe(3);
    expect(layer.kUnrotated).toEqual([2, -4, -1, -1]);
    expectClose(layer.k, [-1.4155049609614219, 4.242210002521516, -0.9695545335464919, -1.0295455339514832], 1e-12);
    expect(layer.cache.K[3]).toEqual(layer.k);
    expect(layer.v).toEqual([1, 0, 2, 2]);
  });

  // q = (0, 1, −3, 2) turned at 3, against the keys turned at 0, 1, 2, 3.
  it("decodeStep's scores are (2.19135, −6.22744, −7.00452, −3); against its own key RoPE changes nothing (−3)", () => {
    expectClose(layer.qUnrotated!, [0, 1, -3, 2], 0);
    expectClose(layer.scores, [2.1913535830102226, -6.227441876280983, -7.004516261953491, -3], 1e-12);
  });

  it("explainCacheEntry(K, layer 1, row 3, column 0) shows the projection 2 and the turn that gives −1.41550", () => {
    const run = runKvCache(TOY_DECODER, PROMPT, 1, rope);
    const e = explainCacheEntry(run, "K", 0, 3, 0);
    expect(e.sum).toBe(2);
    expect(e.rotation).toMatchObject({ position: 3, pair: 0, component: "first", pairInput: [2, -4] });
    expectClose(e.cached, -1.4155049609614219, 1e-12);
    expect(e.cached).toBe(run.steps[0]!.cache[0]!.K[3]![0]);
    const v = explainCacheEntry(run, "V", 0, 3, 0);
    expect(v.rotation).toBeUndefined();
    expect(v.cached).toBe(v.sum);
  });
});

describe("the cache stays exact under RoPE", () => {
  it.each<[string, DecoderOptions]>([
    ["base 10000", { rope: {} }],
    ["base 100", { rope: { base: 100 } }],
    ["base 10", { rope: { base: 10 } }],
  ])("runKvCache with RoPE (%s): every step and layer equals the recomputation within 1e-12", (_, options) => {
    const run = runKvCache(TOY_DECODER, PROMPT, 5, options);
    run.steps.forEach((s) => {
      expect(s.equal).toBe(true);
      expect(s.drift).toBeLessThanOrEqual(RECOMPUTE_TOLERANCE);
      s.differences.forEach((d) => expect(d).toBeLessThanOrEqual(RECOMPUTE_TOLERANCE));
      expect(s.ropePosition).toBe(s.position);
    });
  });

  it("decodeStep with RoPE = last row of forwardFull with RoPE, random models and sequences (fast-check)", () => {
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
      fc.property(model, ids, fc.constantFrom(10, 100, 10_000), (m, seq, base) => {
        const options = { rope: { base } };
        let cache = prefill(m, seq.slice(0, 1), options).cache;
        for (let i = 1; i < seq.length; i++) {
          const step = decodeStep(m, cache, seq[i]!, options);
          const full = forwardFull(m, seq.slice(0, i + 1), options);
          step.layers.forEach((layer, l) => expectClose(layer.output, full.layers[l]!.output[i]!, RECOMPUTE_TOLERANCE));
          expectClose(step.logits, full.logits, RECOMPUTE_TOLERANCE);
          cache = step.cache;
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the wrong-offset bug: the new token turned as if it sat at position 0", () => {
  const bug: DecoderOptions = { rope: { wrongOffset: true } };
  const run = runKvCache(TOY_DECODER, PROMPT, 4, bug);

  it("prefill is unaffected; decode step 1 turns “mat” at 0 although it sits at 3", () => {
    expect(run.prefill.cache).toEqual(prefill(TOY_DECODER, IDS, { rope: {} }).cache);
    expect(run.steps[0]!.position).toBe(3);
    expect(run.steps[0]!.ropePosition).toBe(0);
    expect(run.steps[0]!.layers[0]!.k).toEqual([2, -4, -1, -1]);
  });

  // q unturned against keys turned at 0, 1, 2 and its own unturned key: (2, −3.38884, −0.97515, −3).
  it("its layer-1 scores are (2, −3.38884, −0.97515, −3) instead of (2.19135, −6.22744, −7.00452, −3)", () => {
    expectClose(run.steps[0]!.layers[0]!.scores, [2, -3.388842917813074, -0.9751529098021221, -3], 1e-12);
    expectClose(
      run.steps[0]!.full.layers[0]!.attention.scores[3]!,
      [2.1913535830102226, -6.227441876280983, -7.004516261953491, -3],
      1e-12,
    );
  });

  it("runKvCache reports the drift with numbers at every step: no step is equal, every drift is above 1", () => {
    run.steps.forEach((s) => {
      expect(s.equal).toBe(false);
      expect(s.drift).toBeGreaterThan(1);
      expect(s.drift).toBe(Math.max(s.logitDifference, ...s.differences));
      expect(Math.max(...s.differences)).toBeGreaterThan(RECOMPUTE_TOLERANCE);
    });
  });

  it("explainCacheEntry says a buggy row was turned at position 0, a prompt row at its own position", () => {
    expect(explainCacheEntry(run, "K", 1, 4, 1).rotation!.position).toBe(0);
    expect(explainCacheEntry(run, "K", 1, 2, 1).rotation!.position).toBe(2);
  });
});

describe("bad input", () => {
  it("RoPE with an odd d_model throws the OddDimensionError that says why pairs are needed", () => {
    const odd: TinyDecoder = {
      vocabulary: ["a"],
      E: [[1, 2, 3]],
      layers: [
        {
          Wq: [
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
          ],
          Wk: [
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
          ],
          Wv: [
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
          ],
        },
      ],
    };
    expect(() => forwardFull(odd, [0], { rope: {} })).toThrow(OddDimensionError);
    expect(forwardFull(odd, [0]).next).toBe(0);
  });

  it("decodeStep rejects a cache whose layers hold different numbers of tokens", () => {
    const cache = prefill(TOY_DECODER, IDS).cache;
    const broken = [cache[0]!, { K: cache[1]!.K.slice(0, 2), V: cache[1]!.V.slice(0, 2) }];
    expect(() => decodeStep(TOY_DECODER, broken, 0)).toThrow("holds 3 tokens but part 2 holds 2");
  });

  it("a RoPE base outside the limits is refused", () => {
    expect(() => runKvCache(TOY_DECODER, PROMPT, 1, { rope: { base: 0 } })).toThrow(
      "the base must be a positive number",
    );
  });
});
