import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainBlockEntry,
  identity,
  mlp,
  mulberry32,
  normRows,
  randomMatrix,
  ShapeError,
  transformerBlock,
  type BlockWeights,
  type Matrix,
  type NormKind,
} from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

/** Everything the identity, so the hand example shows only what norms, attention and residuals do. */
const PLAIN: BlockWeights = {
  norm: "rms",
  norm1: { gain: [1, 1] },
  norm2: { gain: [1, 1] },
  heads: [{ Wq: identity(2), Wk: identity(2), Wv: identity(2) }],
  WO: identity(2),
  mlp: { W1: identity(2), b1: [0, 0], W2: identity(2), b2: [0, 0], activation: "relu" },
  epsilon: 0,
};

describe("a pre-norm block by hand: X = ((1, 1), (1, −1)), RMSNorm with ε = 0, identity weights, causal", () => {
  const r = transformerBlock(
    [
      [1, 1],
      [1, -1],
    ],
    PLAIN,
    { causal: true },
  );

  // Both rows have mean square 1, so norm₁ leaves them alone.
  it("normed1 equals X: both rows already have mean square 1", () => {
    expect(r.normed1).toEqual([
      [1, 1],
      [1, -1],
    ]);
  });

  // Token 0 sees only itself: attention writes v₀ = (1, 1), the residual gives (2, 2), norm₂ (1, 1),
  // ReLU keeps it, and the MLP's (1, 1) is added: (3, 3).
  it("token 0 attends to itself only: afterAttention (2, 2), output (3, 3)", () => {
    expect(r.attention.output[0]).toEqual([1, 1]);
    expect(r.afterAttention[0]).toEqual([2, 2]);
    expect(r.normed2[0]).toEqual([1, 1]);
    expect(r.output[0]).toEqual([3, 3]);
  });

  // Token 1: scores (q₁·k₀, q₁·k₁) = (0, 2), scaled (0, √2); weights (1, e^√2)/(1 + e^√2) ≈ (0.19557, 0.80443);
  // attended = 0.19557·(1, 1) + 0.80443·(1, −1) = (1, −0.60886); + X = (2, −1.60886);
  // RMS = √((4 + 2.58843)/2) ≈ 1.81500, so normed₂ ≈ (1.10193, −0.88643); ReLU → (1.10193, 0).
  it("token 1 mixes both values, then the MLP adds (1.10193, 0)", () => {
    expectClose(r.attention.heads[0]!.weights[1]!, [0.1955703174930431, 0.8044296825069569], 1e-12);
    expectClose(r.afterAttention[1]!, [2, -1.6088593650139138], 1e-12);
    expectClose(r.normed2[1]!, [1.101930176260736, -0.886425341834259], 1e-12);
    expectClose(r.output[1]!, [3.101930176260736, -1.6088593650139138], 1e-12);
  });

  it("explainBlockEntry(result, 1, 0) walks the residual stream: 1 + 1 = 2, + 1.10193 = 3.10193", () => {
    const e = explainBlockEntry(r, 1, 0);
    expect(e).toMatchObject({ row: 1, col: 0, input: 1, attention: 1, afterAttention: 2 });
    expectClose(e.mlp, 1.101930176260736, 1e-12);
    expect(e.output).toBe(r.output[1]![0]);
  });
});

/** A block with d_model 4, two heads of size 2, d_ff 6 and normal weights drawn from `seed`. */
function randomBlock(seed: number, norm: NormKind, activation: "relu" | "gelu"): BlockWeights {
  const rng = mulberry32(seed);
  const m = (rows: number, cols: number) => randomMatrix(rng, rows, cols, { kind: "normal" });
  const head = () => ({ Wq: m(4, 2), Wk: m(4, 2), Wv: m(4, 2) });
  const vec = (n: number) => m(1, n)[0]!;
  return {
    norm,
    norm1: norm === "layer" ? { gain: vec(4), bias: vec(4) } : { gain: vec(4) },
    norm2: norm === "layer" ? { gain: vec(4), bias: vec(4) } : { gain: vec(4) },
    heads: [head(), head()],
    WO: m(4, 4),
    mlp: { W1: m(4, 6), b1: vec(6), W2: m(6, 4), b2: vec(4), activation },
  };
}

const entry = fc.integer({ min: -30, max: 30 }).map((n) => n / 10);
const blockArb = fc.tuple(
  fc.integer(),
  fc.constantFrom<NormKind>("layer", "rms"),
  fc.constantFrom<"relu" | "gelu">("relu", "gelu"),
);
const tokens = fc.integer({ min: 2, max: 5 }).chain((n) => matrixArb(n, 4, entry));

describe("only attention mixes tokens (fast-check)", () => {
  it("transformerBlock: the norms and the MLP of a matrix equal the same applied to each row alone", () => {
    fc.assert(
      fc.property(blockArb, tokens, ([seed, norm, act], X) => {
        const w = randomBlock(seed, norm, act);
        const r = transformerBlock(X, w, { causal: true });
        X.forEach((_, i) => {
          expect(r.normed1[i]).toEqual(normRows([r.input[i]!], norm, w.norm1)[0]);
          expect(r.normed2[i]).toEqual(normRows([r.afterAttention[i]!], norm, w.norm2)[0]);
          expect(r.mlp.output[i]).toEqual(mlp(r.normed2[i]!, w.mlp).output);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("transformerBlock(causal): changing a later row leaves every earlier output row unchanged", () => {
    fc.assert(
      fc.property(
        blockArb,
        tokens,
        fc.nat(),
        fc.array(entry, { minLength: 4, maxLength: 4 }),
        ([seed, norm, act], X, pick, replacement) => {
          const w = randomBlock(seed, norm, act);
          const k = 1 + (pick % (X.length - 1));
          const changed: Matrix = X.map((r, i) => (i === k ? replacement : r));
          const before = transformerBlock(X, w, { causal: true });
          const after = transformerBlock(changed, w, { causal: true });
          for (let i = 0; i < k; i++) expectClose(after.output[i]!, before.output[i]!, 1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("transformerBlock without the mask: a later row does reach token 0", () => {
    const w = randomBlock(7, "layer", "gelu");
    const X = [
      [1, 0, -1, 2],
      [0.5, 1, 0, -1],
    ];
    const before = transformerBlock(X, w).output[0]!;
    const after = transformerBlock([X[0]!, [3, -2, 1, 0]], w).output[0]!;
    expect(Math.max(...before.map((v, j) => Math.abs(v - after[j]!)))).toBeGreaterThan(1e-6);
  });
});

describe("bad input", () => {
  it("transformerBlock rejects a W_O that does not write back d_model numbers, naming both shapes", () => {
    const w: BlockWeights = {
      ...PLAIN,
      WO: [
        [1, 0, 0],
        [0, 1, 0],
      ],
    };
    expect(() => transformerBlock([[1, 1]], w)).toThrow(ShapeError);
    expect(() => transformerBlock([[1, 1]], w)).toThrow("concat·W_O is 1×3 but the residual stream is 1×2");
  });

  it("transformerBlock rejects a bias for RMSNorm", () => {
    const w: BlockWeights = { ...PLAIN, norm1: { gain: [1, 1], bias: [0, 0] } };
    expect(() => transformerBlock([[1, 1]], w)).toThrow("RMSNorm has no bias");
  });
});
