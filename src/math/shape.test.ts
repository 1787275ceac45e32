import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dot,
  formatShape,
  matmul,
  projectRow,
  RaggedMatrixError,
  shapeOf,
  ShapeError,
  vectorShape,
  type Matrix,
} from "./index.ts";
import { dim, matrixArb, vectorArb } from "./test-utils.ts";

describe("shapeOf", () => {
  it.each<[string, Matrix, readonly [number, number]]>([
    ["an empty matrix", [], [0, 0]],
    ["a 1×1 matrix", [[7]], [1, 1]],
    [
      "a 2×3 matrix",
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [2, 3],
    ],
    ["a 3×0 matrix", [[], [], []], [3, 0]],
  ])("shapeOf(M) gives [rows, cols] for %s", (_, M, expected) => {
    expect(shapeOf(M)).toEqual(expected);
  });

  it("shapeOf(M) rejects a row shorter than row 0 too", () => {
    expect(() => shapeOf([[1, 2], [3, 4], [5]])).toThrow(
      "Row 2 has 1 entry but row 0 has 2; every row of a matrix needs the same number of entries.",
    );
  });

  it("shapeOf(M) rejects a ragged matrix with a RaggedMatrixError naming the row", () => {
    const attempt = () =>
      shapeOf([
        [1, 2],
        [3, 4, 5],
      ]);
    expect(attempt).toThrow(RaggedMatrixError);
    expect(attempt).toThrow(
      "Row 1 has 3 entries but row 0 has 2; every row of a matrix needs the same number of entries.",
    );
    try {
      attempt();
    } catch (e) {
      expect(e).toMatchObject({ row: 1, expected: 2, received: 3 });
    }
  });
});

describe("formatShape and vectorShape", () => {
  it.each<[readonly number[], string]>([
    [[2, 3], "2×3"],
    [[3], "1×3"],
    [[1, 1], "1×1"],
  ])("formatShape(%j) is %s", (shape, text) => {
    expect(formatShape(shape)).toBe(text);
  });

  it("vectorShape(v) is [1, n]", () => {
    expect(vectorShape([4, 5, 6])).toEqual([1, 3]);
  });
});

describe("ShapeError", () => {
  it("projectRow(x, W) with a mismatched row throws a ShapeError spelling out both shapes", () => {
    const attempt = () =>
      projectRow(
        [1, 2, 3],
        [
          [1, 0],
          [0, 1],
        ],
      );
    expect(attempt).toThrow(ShapeError);
    expect(attempt).toThrow(
      "projectRow: cannot multiply a 1×3 row by a 2×2 matrix; the row needs as many entries as " +
        "the matrix has rows (3 ≠ 2).",
    );
    try {
      attempt();
    } catch (e) {
      expect(e).toMatchObject({ op: "projectRow", left: [3], right: [2, 2] });
    }
  });

  it("shape errors name both shapes (matmul, any mismatch)", () => {
    const mismatched = fc
      .tuple(dim, dim, dim, dim)
      .filter(([, n, k]) => n !== k)
      .chain(([m, n, k, p]) => fc.tuple(matrixArb(m, n), matrixArb(k, p)));
    fc.assert(
      fc.property(mismatched, ([A, B]) => {
        const error = captureError(() => matmul(A, B));
        expect(error).toBeInstanceOf(ShapeError);
        expect(error.message).toContain(formatShape(shapeOf(A)));
        expect(error.message).toContain(formatShape(shapeOf(B)));
      }),
    );
  });

  it("shape errors name both shapes (dot, any length mismatch)", () => {
    const mismatched = fc
      .tuple(dim, dim)
      .filter(([n, k]) => n !== k)
      .chain(([n, k]) => fc.tuple(vectorArb(n), vectorArb(k)));
    fc.assert(
      fc.property(mismatched, ([a, b]) => {
        const error = captureError(() => dot(a, b));
        expect(error).toBeInstanceOf(ShapeError);
        expect(error.message).toContain(`1×${a.length} vector and a 1×${b.length} vector`);
      }),
    );
  });
});

function captureError(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    if (e instanceof Error) return e;
  }
  throw new Error("expected the call to throw");
}
