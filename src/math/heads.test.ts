import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  concatHeads,
  identity,
  multiHeadAttention,
  scaledDotProductAttention,
  ShapeError,
  splitHeads,
} from "./index.ts";
import { dim, expectClose, matrixArb, smallDouble } from "./test-utils.ts";

describe("splitHeads and concatHeads by hand", () => {
  const M = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
  ];

  it("splitHeads(M, 2) takes the columns in equal blocks, left to right", () => {
    expect(splitHeads(M, 2)).toEqual([
      [
        [1, 2],
        [5, 6],
      ],
      [
        [3, 4],
        [7, 8],
      ],
    ]);
  });

  it("splitHeads(M, 3) on 4 columns throws a ShapeError naming the 2×4 shape", () => {
    expect(() => splitHeads(M, 3)).toThrow(ShapeError);
    expect(() => splitHeads(M, 3)).toThrow("cannot split a 2×4 matrix into 3 heads");
  });

  it("concatHeads rejects heads with different numbers of rows, naming both shapes", () => {
    expect(() => concatHeads([[[1]], [[1], [2]]])).toThrow("head 0 (1×1) and head 1 (2×1)");
    expect(() => concatHeads([])).toThrow(RangeError);
  });
});

describe("multiHeadAttention by hand (2 tokens, heads with d_k = 1 and d_k = 4)", () => {
  const e = Math.E;
  const X = identity(2); // token 0 = (1, 0), token 1 = (0, 1)
  // Head A: Q = (1; 0), K = (1; 1), V = (1; 0). Scores (1 1; 0 0), d_k = 1 so scaled = scores;
  // weights (0.5 0.5) in both rows; output 0.5·1 + 0.5·0 = 0.5 for both tokens.
  const headA = { Wq: [[1], [0]], Wk: [[1], [1]], Wv: [[1], [0]] };
  // Head B: q₀ = (2, 0, 0, 0), q₁ = 0, k₀ = (1, 0, 0, 0), k₁ = 0, V = (0; 1).
  // Scores (2 0; 0 0), d_k = 4 so scaled = (1 0; 0 0); row 0 weights (e/(e+1), 1/(e+1)),
  // row 1 (0.5, 0.5); outputs 1/(e+1) = 0.2689414 and 0.5.
  const headB = {
    Wq: [
      [2, 0, 0, 0],
      [0, 0, 0, 0],
    ],
    Wk: [
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ],
    Wv: [[0], [1]],
  };
  // concat = (0.5 0.2689414; 0.5 0.5); ·W_O (1 0; 1 1) = (0.7689414 0.2689414; 1 0.5).
  const WO = [
    [1, 0],
    [1, 1],
  ];
  const result = multiHeadAttention(X, [headA, headB], WO);

  it("each head projects the full input with its own weights", () => {
    expect(result.heads[0]?.Q).toEqual([[1], [0]]);
    expect(result.heads[1]?.Q).toEqual([
      [2, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(result.heads[1]?.V).toEqual([[0], [1]]);
  });

  it("each head divides by √ of its own key size, not the model width", () => {
    expect(result.heads[0]?.scaled).toEqual([
      [1, 1],
      [0, 0],
    ]); // √1
    expect(result.heads[1]?.scaled).toEqual([
      [1, 0],
      [0, 0],
    ]); // √4 = 2
    expectClose(result.heads[1]?.weights ?? [], [
      [e / (e + 1), 1 / (e + 1)],
      [0.5, 0.5],
    ]);
  });

  it("concat joins the head outputs and output multiplies by W_O", () => {
    expectClose(
      result.concat,
      [
        [0.5, 0.2689414],
        [0.5, 0.5],
      ],
      1e-6,
    );
    expectClose(
      result.output,
      [
        [0.7689414, 0.2689414],
        [1, 0.5],
      ],
      1e-6,
    );
  });

  it("causal: true masks every head", () => {
    const masked = multiHeadAttention(X, [headA, headB], WO, { causal: true });
    masked.heads.forEach((h) => expect(h.weights[0]).toEqual([1, 0]));
  });
});

describe("head laws", () => {
  it("concatHeads(splitHeads(M, h)) = M", () => {
    const split = fc
      .tuple(dim, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([n, h, d]) => fc.tuple(matrixArb(n, h * d), fc.constant(h)));
    fc.assert(
      fc.property(split, ([M, h]) => {
        const heads = splitHeads(M, h);
        expect(heads).toHaveLength(h);
        expect(concatHeads(heads)).toEqual(M);
      }),
    );
  });

  it("one head with identity weights and W_O = I is plain attention on X", () => {
    const square = dim.chain((d) => fc.tuple(dim, fc.constant(d)).chain(([n]) => matrixArb(n, d, smallDouble)));
    fc.assert(
      fc.property(square, (X) => {
        const d = X[0]?.length ?? 0;
        const I = identity(d);
        const result = multiHeadAttention(X, [{ Wq: I, Wk: I, Wv: I }], I);
        expectClose(result.output, scaledDotProductAttention(X, X, X).output, 1e-12);
      }),
    );
  });
});
