import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { column, identity, matmul, projectRow, row, scaleMatrix, ShapeError, transpose, zeros } from "./index.ts";
import { dim, expectClose, matrixArb, smallDouble, vectorArb } from "./test-utils.ts";

describe("matrix operations by hand", () => {
  // The reference example: x = (2, 3), W = [[1, 10], [0, −1]].
  // y₀ = 2·1 + 3·0 = 2 (column 0 of W), y₁ = 2·10 + 3·(−1) = 17 (column 1 of W).
  const x = [2, 3];
  const W = [
    [1, 10],
    [0, -1],
  ];

  it("projectRow(x, W) uses column j of W for y_j", () => {
    expect(projectRow(x, W)).toEqual([2, 17]);
    // Using rows instead (the nn.Linear mix-up) would give 2·1 + 3·10 = 32 and 2·0 + 3·(−1) = −3.
    expect(projectRow(x, W)).not.toEqual([32, -3]);
  });

  it("matmul(A, B) of two 2×2 matrices", () => {
    // [1 2; 3 4]·[5 6; 7 8]: 1·5+2·7 = 19, 1·6+2·8 = 22, 3·5+4·7 = 43, 3·6+4·8 = 50
    expect(
      matmul(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [19, 22],
      [43, 50],
    ]);
  });

  it("matmul(A, B) of a 1×3 by a 3×2 gives a 1×2", () => {
    // (1, 0, −1)·[[2, 1], [5, 5], [3, −1]] = (2 − 3, 1 + 1) = (−1, 2)
    expect(
      matmul(
        [[1, 0, -1]],
        [
          [2, 1],
          [5, 5],
          [3, -1],
        ],
      ),
    ).toEqual([[-1, 2]]);
  });

  it("transpose(A) swaps rows and columns", () => {
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it("column(W, j) and row(M, i) read one column and one row", () => {
    expect(column(W, 1)).toEqual([10, -1]);
    expect(row(W, 1)).toEqual([0, -1]);
  });

  it.each([
    ["column(W, 2)", () => column(W, 2), "from 0 to 1"],
    ["row(W, −1)", () => row(W, -1), "from 0 to 1"],
    ["column(W, 0.5)", () => column(W, 0.5), "integer"],
  ])("%s throws a RangeError naming the valid range", (_, attempt, text) => {
    expect(attempt).toThrow(RangeError);
    expect(attempt).toThrow(text);
  });

  it("scaleMatrix, identity and zeros build what they say", () => {
    expect(scaleMatrix(W, 2)).toEqual([
      [2, 20],
      [0, -2],
    ]);
    expect(identity(2)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(zeros(2, 3)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it("matmul(A, B) rejects a 2×3 by a 2×2 with both shapes in the message", () => {
    const attempt = () =>
      matmul(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        W,
      );
    expect(attempt).toThrow(ShapeError);
    expect(attempt).toThrow("cannot multiply a 2×3 matrix by a 2×2 matrix");
  });

  it("nothing mutates its inputs", () => {
    const A = [
      [1, 2],
      [3, 4],
    ];
    const snapshot = JSON.stringify(A);
    matmul(A, A);
    transpose(A);
    scaleMatrix(A, 3);
    projectRow([1, 1], A);
    expect(JSON.stringify(A)).toBe(snapshot);
  });
});

describe("matrix laws", () => {
  const triple = fc
    .tuple(dim, dim, dim)
    .chain(([m, n, p]) => fc.tuple(matrixArb(m, n, smallDouble), matrixArb(n, p, smallDouble)));

  it("(AB)ᵀ = BᵀAᵀ", () => {
    fc.assert(
      fc.property(triple, ([A, B]) => expectClose(transpose(matmul(A, B)), matmul(transpose(B), transpose(A)), 1e-9)),
    );
  });

  it("transpose(transpose(A)) = A", () => {
    const matrix = fc.tuple(dim, dim).chain(([m, n]) => matrixArb(m, n, smallDouble));
    fc.assert(
      fc.property(matrix, (A) => {
        expect(transpose(transpose(A))).toEqual(A);
      }),
    );
  });

  it("projectRow(x, W) = matmul([x], W)[0]", () => {
    const pair = fc
      .tuple(dim, dim)
      .chain(([n, m]) => fc.tuple(vectorArb(n, smallDouble), matrixArb(n, m, smallDouble)));
    fc.assert(fc.property(pair, ([x, W]) => expectClose(projectRow(x, W), matmul([x], W)[0] ?? [], 1e-12)));
  });

  it("matmul(A, identity(n)) = A", () => {
    const matrix = fc.tuple(dim, dim).chain(([m, n]) => matrixArb(m, n));
    fc.assert(
      fc.property(matrix, (A) => {
        expect(matmul(A, identity(A[0]?.length ?? 0))).toEqual(A);
      }),
    );
  });
});
