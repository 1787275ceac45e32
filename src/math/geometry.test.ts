import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  angleBetween,
  cosineSimilarity,
  dot,
  explainAngle,
  explainNorm,
  norm,
  projectOnto,
  radiansToDegrees,
  scalarProjection,
  ShapeError,
  subtract,
} from "./index.ts";
import { expectClose, smallInt, vectorArb } from "./test-utils.ts";

describe("geometry by hand", () => {
  it("explainAngle((3, 1), (1, 2)): a·b = 5, |a| = √10, |b| = √5, cos θ = 1/√2, θ = 45°", () => {
    const e = explainAngle([3, 1], [1, 2]);
    expect(e.dot.terms.map((t) => t.product)).toEqual([3, 2]);
    expect(e.dot.sum).toBe(5);
    expect(e.normA.sum).toBe(10);
    expectClose(e.normA.norm, Math.sqrt(10));
    expect(e.normB.sum).toBe(5);
    // 5 / (√10·√5) = 5 / √50 = 1/√2 ≈ 0.7071.
    expectClose(e.cosine, Math.SQRT1_2);
    expectClose(e.radians, Math.PI / 4);
    expectClose(e.degrees, 45);
    // Shadow of b on a: 5 / √10 ≈ 1.581; as a vector (5/10)·(3, 1) = (1.5, 0.5).
    expectClose(e.projectionLength, 5 / Math.sqrt(10));
    expectClose(e.projection, [1.5, 0.5]);
  });

  it.each([
    { a: [3, 1], b: [-1, 3], degrees: 90, cosine: 0, name: "perpendicular" },
    { a: [3, 1], b: [6, 2], degrees: 0, cosine: 1, name: "same direction" },
    { a: [3, 1], b: [-3, -1], degrees: 180, cosine: -1, name: "opposite" },
    { a: [1, 0], b: [1, 1], degrees: 45, cosine: Math.SQRT1_2, name: "45° apart" },
  ])("angleBetween($a, $b) is $degrees° ($name)", ({ a, b, degrees, cosine }) => {
    expectClose(cosineSimilarity(a, b), cosine);
    expectClose(radiansToDegrees(angleBetween(a, b)), degrees, 1e-12);
  });

  it("scalarProjection is negative when b points away from the line's direction", () => {
    // (−2, 0) on (1, 0): shadow −2 long.
    expect(scalarProjection([-2, 0], [1, 0])).toBe(-2);
    expectClose(projectOnto([-2, 5], [1, 0]), [-2, 0]);
  });

  it("explainNorm((3, 4)) is √(3·3 + 4·4) = √25 = 5", () => {
    const e = explainNorm([3, 4]);
    expect(e.terms.map((t) => [t.left, t.right])).toEqual([
      [3, 3],
      [4, 4],
    ]);
    expect(e.sum).toBe(25);
    expect(e.norm).toBe(5);
  });

  it("radiansToDegrees(π) is 180", () => {
    expect(radiansToDegrees(Math.PI)).toBe(180);
  });
});

describe("geometry errors", () => {
  it("a zero vector has no angle: the message names it and the fix", () => {
    expect(() => angleBetween([0, 0], [1, 2])).toThrow(/a = \(0, 0\) has length 0.*at least one non-zero entry/);
    expect(() => projectOnto([1, 2], [0, 0])).toThrow(RangeError);
  });

  it("vectors of different lengths throw a ShapeError naming both shapes", () => {
    expect(() => cosineSimilarity([1, 2], [1, 2, 3])).toThrow(ShapeError);
    expect(() => cosineSimilarity([1, 2], [1, 2, 3])).toThrow(/1×2 vector and a 1×3 vector/);
  });
});

describe("geometry laws", () => {
  const nonZeroPair = fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.tuple(vectorArb(n, smallInt), vectorArb(n, smallInt)))
    .filter(([a, b]) => a.some((x) => x !== 0) && b.some((x) => x !== 0));

  it("a·b = |a|·|b|·cos θ", () => {
    fc.assert(
      fc.property(nonZeroPair, ([a, b]) => {
        expectClose(norm(a) * norm(b) * Math.cos(angleBetween(a, b)), dot(a, b), 1e-9);
      }),
    );
  });

  it("the angle agrees with acos(cos θ) and stays in [0, π]", () => {
    fc.assert(
      fc.property(nonZeroPair, ([a, b]) => {
        const theta = angleBetween(a, b);
        expect(theta).toBeGreaterThanOrEqual(0);
        expect(theta).toBeLessThanOrEqual(Math.PI);
        expectClose(Math.cos(theta), cosineSimilarity(a, b), 1e-9);
      }),
    );
  });

  it("explainAngle agrees with the standalone functions", () => {
    fc.assert(
      fc.property(nonZeroPair, ([a, b]) => {
        const e = explainAngle(a, b);
        expect(e.dot.sum).toBe(dot(a, b));
        expect(e.cosine).toBe(cosineSimilarity(a, b));
        expect(e.radians).toBe(angleBetween(a, b));
        expectClose(e.projectionLength, scalarProjection(b, a), 1e-12);
        expectClose(e.projection, projectOnto(b, a), 1e-12);
      }),
    );
  });

  it("cos θ stays in [−1, 1] and the angle is symmetric", () => {
    fc.assert(
      fc.property(nonZeroPair, ([a, b]) => {
        const c = cosineSimilarity(a, b);
        expect(c).toBeGreaterThanOrEqual(-1);
        expect(c).toBeLessThanOrEqual(1);
        expectClose(angleBetween(a, b), angleBetween(b, a), 1e-12);
      }),
    );
  });

  it("what is left after projecting, b − proj, is perpendicular to a; the projection's length is |scalarProjection|", () => {
    fc.assert(
      fc.property(nonZeroPair, ([a, b]) => {
        const p = projectOnto(b, a);
        expect(Math.abs(dot(subtract(b, p), a))).toBeLessThan(1e-9 * Math.max(1, norm(a) * norm(b)));
        expectClose(norm(p), Math.abs(scalarProjection(b, a)), 1e-9);
      }),
    );
  });
});
