import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBlockPrefix, identity, mulberry32, randomMatrix, type BlockWeights, type NormKind } from "./index.ts";
import { matrixArb } from "./test-utils.ts";

/** RMSNorm with ε = 0 and every weight the identity, as in block.test.ts's hand example. */
const PLAIN: BlockWeights = {
  norm: "rms",
  norm1: { gain: [1, 1] },
  norm2: { gain: [1, 1] },
  heads: [{ Wq: identity(2), Wk: identity(2), Wv: identity(2) }],
  WO: identity(2),
  mlp: { W1: identity(2), b1: [0, 0], W2: identity(2), b2: [0, 0], activation: "relu" },
  epsilon: 0,
};

const X = [
  [1, 1],
  [1, -1],
];

describe("checkBlockPrefix by hand: X = ((1, 1), (1, −1)), identity weights", () => {
  it("with the causal mask, token 0 comes out (3, 3) with or without token 1: difference 0", () => {
    const c = checkBlockPrefix(X, PLAIN, true);
    expect(c.prefix?.output).toEqual([[3, 3]]);
    expect(c.full.output[0]).toEqual([3, 3]);
    expect(c.differences).toEqual([0]);
    expect(c.equal).toBe(true);
  });

  // Without the mask token 0 also reads token 1: weights (e^√2, 1)/(1 + e^√2) ≈ (0.80443, 0.19557),
  // attended (1, 0.60886), plus X (2, 1.60886), RMS-normed (1.10193, 0.88643), ReLU keeps both:
  // output (3.10193, 2.49528) against (3, 3) alone, so the largest difference is 0.50472.
  it("without the mask, dropping token 1 changes token 0's output by up to 0.50472", () => {
    const c = checkBlockPrefix(X, PLAIN, false);
    expect(c.prefix?.output).toEqual([[3, 3]]);
    expect(c.largest).toBeCloseTo(0.5047152931518273, 12);
    expect(c.equal).toBe(false);
  });

  it("a single token has no earlier row: no prefix, nothing to compare, equal", () => {
    const c = checkBlockPrefix([[1, 1]], PLAIN, true);
    expect(c.prefix).toBeNull();
    expect(c.differences).toEqual([]);
    expect(c.equal).toBe(true);
  });
});

/** d_model 4, two heads of size 2, d_ff 5, normal weights drawn from `seed`. */
function randomBlock(seed: number, norm: NormKind): BlockWeights {
  const rng = mulberry32(seed);
  const m = (rows: number, cols: number) => randomMatrix(rng, rows, cols, { kind: "normal" });
  const head = () => ({ Wq: m(4, 2), Wk: m(4, 2), Wv: m(4, 2) });
  return {
    norm,
    norm1: { gain: m(1, 4)[0]! },
    norm2: { gain: m(1, 4)[0]! },
    heads: [head(), head()],
    WO: m(4, 4),
    mlp: { W1: m(4, 5), b1: m(1, 5)[0]!, W2: m(5, 4), b2: m(1, 4)[0]!, activation: "gelu" },
  };
}

describe("the reason the KV cache is exact (fast-check)", () => {
  it("checkBlockPrefix(causal): every earlier row is the same to within 1e-12, for either norm", () => {
    const entry = fc.integer({ min: -30, max: 30 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom<NormKind>("layer", "rms"),
        fc.integer({ min: 2, max: 6 }).chain((n) => matrixArb(n, 4, entry)),
        (seed, norm, rows) => {
          const c = checkBlockPrefix(rows, randomBlock(seed, norm), true);
          expect(c.differences).toHaveLength(rows.length - 1);
          expect(c.largest).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });
});
