import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addPositions,
  explainPermutedEntry,
  identityOrder,
  matmul,
  permutationMatrix,
  permuteRows,
  permuteSquare,
  positionAfter,
  projectRows,
  ropeRotateRows,
  scaledDotProductAttention,
  ShapeError,
  sinusoidalTable,
  swapTokens,
  transpose,
  type Matrix,
} from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

const M = [
  [1, 2],
  [3, 4],
  [5, 6],
];

describe("reordering by hand", () => {
  it("permuteRows(M, [2, 0, 1]) puts old row 2 first", () => {
    expect(permuteRows(M, [2, 0, 1])).toEqual([
      [5, 6],
      [1, 2],
      [3, 4],
    ]);
  });

  it("swapTokens([0, 1, 2], 0, 2) is [2, 1, 0] and leaves its input alone", () => {
    const order = identityOrder(3);
    expect(swapTokens(order, 0, 2)).toEqual([2, 1, 0]);
    expect(order).toEqual([0, 1, 2]);
  });

  it("permutationMatrix(order)·M = permuteRows(M, order)", () => {
    expect(permutationMatrix([2, 0, 1])).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(matmul(permutationMatrix([2, 0, 1]), M)).toEqual(permuteRows(M, [2, 0, 1]));
  });

  it.each<[string, readonly number[], string]>([
    ["a repeated index", [0, 0, 1], "row index 0 appears twice"],
    ["an index past the end", [0, 1, 3], "row index 3 is out of range"],
  ])("permuteRows rejects %s", (_, order, message) => {
    expect(() => permuteRows(M, order)).toThrow(message);
  });

  it("permuteRows rejects an order of the wrong length, naming the matrix's shape", () => {
    expect(() => permuteRows(M, [0, 1])).toThrow(ShapeError);
    expect(() => permuteRows(M, [0, 1])).toThrow("the 3 rows of a 3×2 matrix with an order of 2 entries");
  });
});

const entry = fc.integer({ min: -20, max: 20 }).map((n) => n / 10);
/** n tokens of size 2, weights 2×2, and a random order of the n tokens. */
const caseArb = fc
  .integer({ min: 2, max: 5 })
  .chain((n) =>
    fc.tuple(
      matrixArb(n, 2, entry),
      matrixArb(2, 2, entry),
      matrixArb(2, 2, entry),
      matrixArb(2, 2, entry),
      fc.shuffledSubarray(identityOrder(n), { minLength: n, maxLength: n }),
    ),
  );

function selfAttention(X: Matrix, Wq: Matrix, Wk: Matrix, Wv: Matrix) {
  return scaledDotProductAttention(projectRows(X, Wq), projectRows(X, Wk), projectRows(X, Wv));
}

describe("self-attention without positions ignores order (fast-check)", () => {
  it("attention(PX) has weights P·W·Pᵀ and output P·output: it only carries the reordering along", () => {
    fc.assert(
      fc.property(caseArb, ([X, Wq, Wk, Wv, order]) => {
        const P = permutationMatrix(order);
        const plain = selfAttention(X, Wq, Wk, Wv);
        const shuffled = selfAttention(permuteRows(X, order), Wq, Wk, Wv);
        expectClose(shuffled.weights, matmul(matmul(P, plain.weights), transpose(P)), 1e-12);
        expectClose(shuffled.output, permuteRows(plain.output, order), 1e-12);
      }),
    );
  });

  it("a token's output does not change when two other tokens swap places", () => {
    fc.assert(
      fc.property(caseArb, ([X, Wq, Wk, Wv]) => {
        fc.pre(X.length >= 3);
        const swapped = permuteRows(X, swapTokens(identityOrder(X.length), 1, 2));
        expectClose(selfAttention(swapped, Wq, Wk, Wv).output[0]!, selfAttention(X, Wq, Wk, Wv).output[0]!, 1e-12);
      }),
    );
  });
});

describe("positions break the symmetry", () => {
  // Tokens "a" = (1, 0) and "b" = (0, 1); token 0's output with and without the two swapped.
  const a = [1, 0];
  const b = [0, 1];
  const Wq = [
    [1, 0],
    [0, 2],
  ];
  const Wk = [
    [1, 1],
    [0, 1],
  ];
  const Wv = [
    [1, 0],
    [0, 1],
  ];

  it("with no positions, swapping tokens 1 and 2 leaves token 0's output unchanged", () => {
    const X = [a, b, [0, 2]];
    const swapped = permuteRows(X, [0, 2, 1]);
    expectClose(selfAttention(swapped, Wq, Wk, Wv).output[0]!, selfAttention(X, Wq, Wk, Wv).output[0]!, 1e-12);
  });

  it("with sinusoidal positions added, swapping tokens 1 and 2 changes token 0's output", () => {
    const X = [a, b, [0, 2]];
    const swapped = permuteRows(X, [0, 2, 1]);
    const P = sinusoidalTable([0, 1, 2], 2);
    const before = selfAttention(addPositions(X, P), Wq, Wk, Wv).output[0]!;
    const after = selfAttention(addPositions(swapped, P), Wq, Wk, Wv).output[0]!;
    expect(Math.abs(before[0]! - after[0]!) + Math.abs(before[1]! - after[1]!)).toBeGreaterThan(1e-3);
  });

  it("with RoPE on queries and keys, swapping tokens 1 and 2 changes token 0's weights", () => {
    const X = [a, b, [0, 2]];
    const swapped = permuteRows(X, [0, 2, 1]);
    const rope = (Y: Matrix) =>
      scaledDotProductAttention(
        ropeRotateRows(projectRows(Y, Wq), [0, 1, 2]),
        ropeRotateRows(projectRows(Y, Wk), [0, 1, 2]),
        projectRows(Y, Wv),
      );
    const before = rope(X).weights[0]!;
    const after = rope(swapped).weights[0]!;
    // Without positions the weights would just swap places; with RoPE they do not.
    expect(Math.abs(before[1]! - after[2]!)).toBeGreaterThan(1e-3);
  });
});

describe("the map of reordered tokens", () => {
  const A = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ];

  // By hand: rows in the order 2, 0, 1 give [7 8 9; 1 2 3; 4 5 6]; then the columns in the same order.
  it("permuteSquare(A, [2, 0, 1]) moves rows and columns together: [[9, 7, 8], [3, 1, 2], [6, 4, 5]]", () => {
    expect(permuteSquare(A, [2, 0, 1])).toEqual([
      [9, 7, 8],
      [3, 1, 2],
      [6, 4, 5],
    ]);
  });

  it("explainPermutedEntry(A, [2, 0, 1], 0, 1) is A[2][0] = 7: the same number, moved", () => {
    expect(explainPermutedEntry(A, [2, 0, 1], 0, 1)).toEqual({ row: 0, col: 1, fromRow: 2, fromCol: 0, value: 7 });
  });

  it("positionAfter([2, 0, 1], 0) = 1: the token that was first is now second", () => {
    expect(positionAfter([2, 0, 1], 0)).toBe(1);
    expect(positionAfter([2, 0, 1], 2)).toBe(0);
  });

  it("permuteSquare(A, order) = P·A·Pᵀ for every order (fast-check)", () => {
    const square = fc
      .integer({ min: 1, max: 5 })
      .chain((n) => fc.tuple(matrixArb(n, n), fc.shuffledSubarray(identityOrder(n), { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(square, ([S, order]) => {
        const P = permutationMatrix(order);
        expect(permuteSquare(S, order)).toEqual(matmul(matmul(P, S), transpose(P)));
      }),
    );
  });

  it("permuteSquare refuses a matrix that is not square, naming its shape", () => {
    expect(() => permuteSquare(M, [0, 1, 2])).toThrow("cannot reorder the rows and columns of a 3×2 matrix");
  });
});
