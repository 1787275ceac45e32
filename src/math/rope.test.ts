import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dot,
  explainRopeEntry,
  explainRopeScore,
  explainRotatePair,
  norm,
  OddDimensionError,
  projectRow,
  ROPE_LIMITS,
  ropeRotate,
  ropeRotateRows,
  ropeScore,
  ropeTheta,
  rotatePair,
  rotationFromCosSin,
  rotationMatrix2,
  ShapeError,
} from "./index.ts";
import { expectClose, vectorArb } from "./test-utils.ts";

const Q = [1, 2, 3, 4];
const K = [0, 1, -1, 2];

describe("rotating one pair", () => {
  it.each<[string, readonly number[], number, readonly number[]]>([
    ["a quarter turn takes (1, 0) to (0, 1)", [1, 0], Math.PI / 2, [0, 1]],
    ["a half turn takes (3, 4) to (−3, −4)", [3, 4], Math.PI, [-3, -4]],
    [
      "cos = 0.6, sin = 0.8 takes (1, 2) to (1·0.6 − 2·0.8, 1·0.8 + 2·0.6) = (−1, 2)",
      [1, 2],
      Math.atan2(0.8, 0.6),
      [-1, 2],
    ],
    ["angle 0 leaves (5, −7) alone", [5, -7], 0, [5, -7]],
  ])("rotatePair: %s", (_, pair, angle, expected) => {
    expectClose(rotatePair(pair, angle), expected, 1e-12);
  });

  it("rotationMatrix2(angle) multiplies a row from the right: [x, y]·R is the turned row", () => {
    const R = rotationMatrix2(0.3);
    expect(R[0]).toEqual([Math.cos(0.3), Math.sin(0.3)]);
    expect(R[1]).toEqual([-Math.sin(0.3), Math.cos(0.3)]);
    expect(projectRow([2, 1], R)).toEqual(rotatePair([2, 1], 0.3));
  });

  it("explainRotatePair(pair, angle) writes each output as two terms, x' = x·cos + y·(−sin)", () => {
    const e = explainRotatePair([1, 2], Math.atan2(0.8, 0.6));
    expectClose(e.cos, 0.6, 1e-15);
    expectClose(e.sin, 0.8, 1e-15);
    expect(e.first.terms.map((t) => t.left)).toEqual([1, 2]);
    expectClose(
      e.first.terms.map((t) => t.product),
      [0.6, -1.6],
      1e-15,
    );
    expectClose(
      e.second.terms.map((t) => t.product),
      [0.8, 1.2],
      1e-15,
    );
    expect(e.output).toEqual(rotatePair([1, 2], e.angle));
  });
});

describe("ropeRotate by hand", () => {
  it("ropeTheta(i, 4) is 1 for pair 0 and 10000^(−1/2) = 0.01 for pair 1", () => {
    expect(ropeTheta(0, 4)).toBe(1);
    expectClose(ropeTheta(1, 4), 0.01, 1e-15);
    expectClose(ropeTheta(1, 4, 100), 0.1, 1e-15);
  });

  // Worked with python3: pair i turned by m·base^(−2i/d) with x' = x cos − y sin, y' = x sin + y cos.
  it("ropeRotate((1, 0, 1, 0), 1) = (cos 1, sin 1, cos 0.01, sin 0.01)", () => {
    expectClose(
      ropeRotate([1, 0, 1, 0], 1),
      [0.5403023058681398, 0.8414709848078965, 0.9999500004166653, 0.009999833334166664],
      1e-12,
    );
  });

  it("ropeRotate((1, 2, 3, 4), 2, base 100) turns pair 0 by 2 rad and pair 1 by 0.2 rad", () => {
    expectClose(
      ropeRotate(Q, 2, 100),
      [-2.234741690198506, 0.0770037537313969, 2.1455224103434802, 4.5162743037501505],
      1e-12,
    );
  });

  it("ropeRotate(v, 0) leaves v unchanged: position 0 is not turned", () => {
    expectClose(ropeRotate(Q, 0), Q, 0);
  });

  it("explainRopeEntry(v, 2, 3, 100) is pair 1's second output, y' = 3·sin 0.2 + 4·cos 0.2", () => {
    const e = explainRopeEntry(Q, 2, 3, 100);
    expect(e).toMatchObject({ position: 2, pair: 1, component: "second", pairInput: [3, 4], index: 1 });
    expectClose(e.angle, 0.2, 1e-15);
    expectClose(
      e.terms.map((t) => t.product),
      [3 * Math.sin(0.2), 4 * Math.cos(0.2)],
      1e-12,
    );
    expect(e.sum).toBe(ropeRotate(Q, 2, 100)[3]);
  });

  it("ropeRotateRows(M, positions) rotates row r at positions[r]", () => {
    const M = [Q, K];
    expect(ropeRotateRows(M, [2, 5], 100)).toEqual([ropeRotate(Q, 2, 100), ropeRotate(K, 5, 100)]);
    expect(() => ropeRotateRows(M, [1], 100)).toThrow(ShapeError);
  });
});

describe("RoPE scores see the offset m − n only", () => {
  // Pair 0 meets R(−2)·(0, 1) = (sin 2, cos 2): 1·0.9093 + 2·(−0.4161) = 0.0770;
  // pair 1 meets R(−0.2)·(−1, 2) = (−0.5827, 2.1587): 3·(−0.5827) + 4·2.1587 = 6.8870; total 6.9640.
  it("ropeScore(q, k, 3, 1) = ropeScore(q, k, 7, 5) = ropeScore(q, k, 2, 0) ≈ 6.96403 (base 100)", () => {
    for (const [m, n] of [
      [3, 1],
      [7, 5],
      [2, 0],
    ] as const) {
      expectClose(ropeScore(Q, K, m, n, 100), 6.964029950888218, 1e-12);
    }
    expectClose(ropeScore(Q, K, 1, 3, 100), 1.1720484813356293, 1e-12);
  });

  it("ropeScore(q, k, m, m) is the plain q·k: equal turns cancel", () => {
    expectClose(ropeScore(Q, K, 9, 9, 100), dot(Q, K), 1e-12);
  });

  it("explainRopeScore returns both rotated vectors, the offset and the dot terms", () => {
    const e = explainRopeScore(Q, K, 3, 1, 100);
    expect(e.offset).toBe(2);
    expect(e.qRotated).toEqual(ropeRotate(Q, 3, 100));
    expect(e.kRotated).toEqual(ropeRotate(K, 1, 100));
    expectClose(e.relativeAngles, [2, 0.2], 1e-12);
    expect(e.terms).toHaveLength(4);
    expect(e.sum).toBe(ropeScore(Q, K, 3, 1, 100));
  });

  const pairDim = fc.integer({ min: 1, max: 4 }).map((h) => 2 * h);
  const entry = fc.integer({ min: -50, max: 50 }).map((x) => x / 10);
  const position = fc.integer({ min: 0, max: 2000 });
  const base = fc.constantFrom(10, 100, 10_000, 1_000_000);

  it("ropeRotate(v, m) keeps the length of v (fast-check)", () => {
    fc.assert(
      fc.property(
        pairDim.chain((d) => vectorArb(d, entry)),
        position,
        base,
        (v, m, b) => {
          expectClose(norm(ropeRotate(v, m, b)), norm(v), 1e-9);
        },
      ),
    );
  });

  it("ropeScore(q, k, m + s, n + s) = ropeScore(q, k, m, n) for every shift s (fast-check)", () => {
    const qk = pairDim.chain((d) => fc.tuple(vectorArb(d, entry), vectorArb(d, entry)));
    fc.assert(
      fc.property(qk, position, position, fc.integer({ min: 0, max: 2000 }), base, ([q, k], m, n, s, b) => {
        expectClose(ropeScore(q, k, m + s, n + s, b), ropeScore(q, k, m, n, b), 1e-8);
      }),
    );
  });

  it("ropeScore(q, k, m, n) = q·ropeRotate(k, n − m) when n ≥ m: only the key needs turning (fast-check)", () => {
    const qk = pairDim.chain((d) => fc.tuple(vectorArb(d, entry), vectorArb(d, entry)));
    fc.assert(
      fc.property(qk, position, fc.integer({ min: 0, max: 2000 }), base, ([q, k], m, gap, b) => {
        expectClose(ropeScore(q, k, m, m + gap, b), dot(q, ropeRotate(k, gap, b)), 1e-8);
      }),
    );
  });
});

describe("bad input", () => {
  it("ropeRotate on 3 entries throws an OddDimensionError that says why pairs are needed", () => {
    expect(() => ropeRotate([1, 2, 3], 1)).toThrow(OddDimensionError);
    expect(() => ropeRotate([1, 2, 3], 1)).toThrow("RoPE turns the components in pairs (0, 1), (2, 3)");
    expect(() => ropeTheta(0, 5)).toThrow(OddDimensionError);
  });

  it.each([-1, 0.5, ROPE_LIMITS.maxPosition + 1])("ropeRotate(v, %s) rejects the position", (m) => {
    expect(() => ropeRotate(Q, m)).toThrow("the position m must be a whole number from 0 to 4096");
  });

  it.each([0, -10, ROPE_LIMITS.maxBase * 2, Number.NaN])("ropeRotate(v, 1, %s) rejects the base", (b) => {
    expect(() => ropeRotate(Q, 1, b)).toThrow("the base must be a positive number up to 1000000");
  });

  it("rotatePair rejects a vector that is not a pair, naming its shape", () => {
    expect(() => rotatePair([1, 2, 3], 1)).toThrow("cannot rotate a 1×3 vector as a pair");
  });

  it("ropeScore rejects a query and a key of different sizes", () => {
    expect(() => ropeScore([1, 2], [1, 2, 3, 4], 0, 0)).toThrow(ShapeError);
  });

  it("ROPE_LIMITS states positions 0 to 4096, base up to 10⁶, default 10000", () => {
    expect(ROPE_LIMITS).toEqual({ minPosition: 0, maxPosition: 4096, maxBase: 1_000_000, defaultBase: 10_000 });
  });
});

describe("rotationFromCosSin", () => {
  it("rotationFromCosSin(0.6, 0.8) turns (1, 2) to (1·0.6 − 2·0.8, 1·0.8 + 2·0.6) = (−1, 2), like rotationMatrix2", () => {
    expectClose(projectRow([1, 2], rotationFromCosSin(0.6, 0.8)), [-1, 2], 1e-15);
    expectClose(rotationFromCosSin(0.6, 0.8), rotationMatrix2(Math.atan2(0.8, 0.6)), 1e-15);
  });

  it.each([
    [0.6, 0.6],
    [1, 1],
    [Number.NaN, 0],
  ])("rotationFromCosSin(%s, %s) is refused: cos² + sin² must be 1", (c, s) => {
    expect(() => rotationFromCosSin(c, s)).toThrow("a turn needs cos² + sin² = 1");
  });
});
