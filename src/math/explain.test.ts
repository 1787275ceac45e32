import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainDot, explainMatmulEntry, explainProjection, matmul, projectRow, ShapeError } from "./index.ts";
import { dim, matrixArb, smallDouble, vectorArb } from "./test-utils.ts";

describe("explain forms by hand", () => {
  const x = [2, 3];
  const W = [
    [1, 10],
    [0, -1],
  ];

  it("explainProjection(x, W, 0) shows y₀ = 2·1 + 3·0 = 2 from column 0", () => {
    expect(explainProjection(x, W, 0)).toEqual({
      index: 0,
      column: [1, 0],
      terms: [
        { left: 2, right: 1, product: 2 },
        { left: 3, right: 0, product: 0 },
      ],
      sum: 2,
    });
  });

  it("explainProjection(x, W, 1) shows y₁ = 2·10 + 3·(−1) = 17 from column 1", () => {
    expect(explainProjection(x, W, 1)).toEqual({
      index: 1,
      column: [10, -1],
      terms: [
        { left: 2, right: 10, product: 20 },
        { left: 3, right: -1, product: -3 },
      ],
      sum: 17,
    });
  });

  it("explainMatmulEntry(A, B, 1, 0) uses row 1 of A and column 0 of B", () => {
    // [1 2; 3 4]·[5 6; 7 8], entry (1, 0) = 3·5 + 4·7 = 15 + 28 = 43
    const e = explainMatmulEntry(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
      1,
      0,
    );
    expect(e).toMatchObject({ row: 1, col: 0, rowVector: [3, 4], columnVector: [5, 7], sum: 43 });
    expect(e.terms.map((t) => t.product)).toEqual([15, 28]);
  });

  it("explainDot(a, b) lists one term per entry", () => {
    expect(explainDot([1, -2, 3], [4, 5, -6]).terms.map((t) => t.product)).toEqual([4, -10, -18]);
  });

  it.each([
    ["explainProjection(x, W, 2)", () => explainProjection(x, W, 2), "from 0 to 1"],
    ["explainMatmulEntry(W, W, 2, 0)", () => explainMatmulEntry(W, W, 2, 0), "from 0 to 1"],
    ["explainMatmulEntry(W, W, 0, −1)", () => explainMatmulEntry(W, W, 0, -1), "from 0 to 1"],
  ])("%s throws a RangeError naming the valid range", (_, attempt, text) => {
    expect(attempt).toThrow(RangeError);
    expect(attempt).toThrow(text);
  });

  it("explainProjection with a mismatched row throws a ShapeError naming 1×3 and 2×2", () => {
    expect(() => explainProjection([1, 2, 3], W, 0)).toThrow(ShapeError);
    expect(() => explainProjection([1, 2, 3], W, 0)).toThrow("1×3 row by a 2×2 matrix");
  });
});

describe("explained sums are the computed sums", () => {
  // Exact equality on purpose: the explanation must show the very number the op computed.
  it("explainDot sums in the same order as dot, float rounding included", () => {
    // Left to right, (0.1 + 0.2) + 0.3 = 0.6000000000000001 in doubles; right to left gives 0.6.
    // The explanation must carry the first, the number projectRow and matmul produce.
    const e = explainProjection([0.1, 0.2, 0.3], [[1], [1], [1]], 0);
    expect(e.sum).toBe(projectRow([0.1, 0.2, 0.3], [[1], [1], [1]])[0]);
    expect(e.sum).toBe(0.1 + 0.2 + 0.3);
    expect(e.sum).not.toBe(0.3 + 0.2 + 0.1);
  });

  it("explainProjection(x, W, j).sum === projectRow(x, W)[j] for every j", () => {
    const pair = fc
      .tuple(dim, dim)
      .chain(([n, m]) => fc.tuple(vectorArb(n, smallDouble), matrixArb(n, m, smallDouble)));
    fc.assert(
      fc.property(pair, ([x, W]) => {
        const y = projectRow(x, W);
        y.forEach((yj, j) => expect(explainProjection(x, W, j).sum).toBe(yj));
      }),
    );
  });

  it("explainMatmulEntry(A, B, i, j).sum === matmul(A, B)[i][j] for every entry", () => {
    const pair = fc
      .tuple(dim, dim, dim)
      .chain(([m, n, p]) => fc.tuple(matrixArb(m, n, smallDouble), matrixArb(n, p, smallDouble)));
    fc.assert(
      fc.property(pair, ([A, B]) => {
        matmul(A, B).forEach((r, i) => r.forEach((c, j) => expect(explainMatmulEntry(A, B, i, j).sum).toBe(c)));
      }),
    );
  });

  it("each term's product is left × right", () => {
    const pair = dim.chain((n) => fc.tuple(vectorArb(n, smallDouble), vectorArb(n, smallDouble)));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        explainDot(a, b).terms.forEach((t, i) => {
          expect([t.left, t.right]).toEqual([a[i], b[i]]);
          expect(t.product).toBe(t.left * t.right);
        });
      }),
    );
  });
});
