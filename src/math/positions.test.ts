import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addPositions,
  consecutivePositions,
  dot,
  encodingDotTable,
  explainEncodingDot,
  encodingDotByDistance,
  encodingFrequency,
  explainEncodingDotByDistance,
  explainEncodingEntry,
  explainPositionedEntry,
  norm,
  OddDimensionError,
  POSITION_LIMITS,
  ShapeError,
  sinusoidalEncoding,
  sinusoidalTable,
} from "./index.ts";
import { expectClose } from "./test-utils.ts";

describe("sinusoidal encodings by hand (d_model = 4, base 10000: ω₀ = 1, ω₁ = 10000^(−1/2) = 0.01)", () => {
  // Worked with python3's math module: sin/cos of pos·1 and pos·0.01.
  it.each<[number, readonly number[]]>([
    [0, [0, 1, 0, 1]],
    [1, [0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653]],
    [2, [0.9092974268256817, -0.4161468365471424, 0.01999866669333308, 0.9998000066665778]],
    [5, [-0.9589242746631385, 0.28366218546322625, 0.04997916927067833, 0.9987502603949663]],
  ])("sinusoidalEncoding(%i, 4) is (sin pos, cos pos, sin 0.01·pos, cos 0.01·pos)", (pos, expected) => {
    expectClose(sinusoidalEncoding(pos, 4), expected, 1e-12);
  });

  it("sinusoidalEncoding(3, 6) uses ω = 1, 10000^(−1/3), 10000^(−2/3)", () => {
    expectClose(
      sinusoidalEncoding(3, 6),
      [
        0.1411200080598672, -0.9899924966004454, 0.13879810108005056, 0.990320699135675, 0.006463259070189646,
        0.9999791129229608,
      ],
      1e-12,
    );
  });

  it("sinusoidalTable([0, 1, 2], 4) has one row per position, shape 3×4", () => {
    const P = sinusoidalTable([0, 1, 2], 4);
    expect(P).toHaveLength(3);
    expect(P[1]).toEqual(sinusoidalEncoding(1, 4));
  });

  it("explainEncodingEntry(3, 3, 6) is pair 1, cos, exponent 1/3, wavelength 2π·10000^(1/3) ≈ 135.37", () => {
    const e = explainEncodingEntry(3, 3, 6);
    expect(e).toMatchObject({ position: 3, index: 3, pair: 1, fn: "cos" });
    expectClose(e.exponent, 1 / 3, 1e-15);
    expectClose(e.frequency, 0.046415888336127795, 1e-12);
    expectClose(e.angle, 0.13924766500838337, 1e-12);
    expectClose(e.wavelength, 135.36712389686338, 1e-12);
    expect(e.value).toBe(sinusoidalEncoding(3, 6)[3]);
  });

  it("encodingFrequency(0, d) is 1 and encodingFrequency(1, 4, 100) is 100^(−1/2) = 0.1", () => {
    expect(encodingFrequency(0, 8)).toBe(1);
    expectClose(encodingFrequency(1, 4, 100), 0.1, 1e-15);
  });
});

describe("addPositions", () => {
  it("addPositions(X, P) adds the encoding row to each token's row", () => {
    const X = [
      [1, 2, 3, 4],
      [0, 0, 0, 0],
    ];
    const P = [
      [0, 1, 0, 1],
      [0.5, -0.5, 0, 1],
    ];
    expect(addPositions(X, P)).toEqual([
      [1, 3, 3, 5],
      [0.5, -0.5, 0, 1],
    ]);
    expect(explainPositionedEntry(X, P, 0, 1)).toEqual({ row: 0, col: 1, token: 2, position: 1, sum: 3 });
  });

  it("addPositions rejects tables of different shapes, naming both", () => {
    expect(() =>
      addPositions(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrow(ShapeError);
    expect(() =>
      addPositions(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrow("2×2 table of position encodings to 1×2 embeddings");
  });
});

describe("the dot product of two encodings depends only on their distance", () => {
  it("encodingDotByDistance(3, 6) = cos 3 + cos(3·10000^(−1/3)) + cos(3·10000^(−2/3)) ≈ 1.00030732", () => {
    expectClose(encodingDotByDistance(3, 6), 1.0003073154581905, 1e-12);
    const e = explainEncodingDotByDistance(3, 6);
    expect(e.terms).toHaveLength(3);
    expectClose(e.terms[0]!.cos, Math.cos(3), 1e-15);
  });

  it("encodingDotByDistance(0, d) = d/2: every encoding has length √(d/2)", () => {
    expect(encodingDotByDistance(0, 8)).toBe(4);
    expectClose(norm(sinusoidalEncoding(17, 8)), 2, 1e-12);
  });

  it("PE(p)·PE(p+k) equals encodingDotByDistance(k) for every p (fast-check)", () => {
    const even = fc.integer({ min: 1, max: 8 }).map((h) => 2 * h);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -1000, max: 1000 }),
        even,
        fc.constantFrom(100, 10_000, 500_000),
        (p, k, d, base) => {
          fc.pre(p + k >= 0);
          const viaDot = dot(sinusoidalEncoding(p, d, base), sinusoidalEncoding(p + k, d, base));
          expectClose(viaDot, encodingDotByDistance(k, d, base), 1e-9);
        },
      ),
    );
  });

  it("encodingDotByDistance(k, d) is the same for k and −k", () => {
    expect(encodingDotByDistance(-7, 6)).toBe(encodingDotByDistance(7, 6));
  });
});

describe("bad input", () => {
  it.each([-1, 2.5, POSITION_LIMITS.max + 1, Number.NaN])("sinusoidalEncoding(%s, 4) rejects the position", (pos) => {
    expect(() => sinusoidalEncoding(pos, 4)).toThrow("must be a whole number from 0 to 4096");
  });

  it.each([0, -3, 2e6, Number.POSITIVE_INFINITY])("sinusoidalEncoding(1, 4, %s) rejects the base", (base) => {
    expect(() => sinusoidalEncoding(1, 4, base)).toThrow("the base must be a positive number up to 1000000");
  });

  it("encodingDotByDistance(1, 5) throws an OddDimensionError: a sine without its cosine keeps p", () => {
    expect(() => encodingDotByDistance(1, 5)).toThrow(OddDimensionError);
    expect(() => encodingDotByDistance(1, 5)).toThrow("received 5, which is odd");
  });

  it("explainEncodingEntry rejects a component outside d_model", () => {
    expect(() => explainEncodingEntry(1, 4, 4)).toThrow("component index j = 4 is out of range");
  });
});

describe("the table of PE(p)·PE(q)", () => {
  // Worked with python3: cos(1) + cos(0.01) = 1.5402523063, cos(2) + cos(0.02) = 0.5836531701.
  it("encodingDotTable([0, 1, 2], 4) is 2 on the diagonal and the same number along each other diagonal", () => {
    const T = encodingDotTable([0, 1, 2], 4);
    expectClose(
      T,
      [
        [2, 1.540252306284805, 0.5836531701194354],
        [1.540252306284805, 2, 1.540252306284805],
        [0.5836531701194354, 1.540252306284805, 2],
      ],
      1e-12,
    );
  });

  it("explainEncodingDot(5, 9, 6, base 100) gives the same sum entry by entry and pair by pair (≈ 0.98026)", () => {
    const e = explainEncodingDot(5, 9, 6, 100);
    expect(e.dot.terms).toHaveLength(6);
    expect(e.byDistance.distance).toBe(4);
    expect(e.byDistance.terms).toHaveLength(3);
    expectClose(e.dot.sum, 0.9802624786770637, 1e-12);
    expectClose(e.byDistance.sum, 0.9802624786770636, 1e-12);
  });

  it("consecutivePositions(4094, 3) is 4094, 4095, 4096; one more is refused", () => {
    expect(consecutivePositions(4094, 3)).toEqual([4094, 4095, 4096]);
    expect(() => consecutivePositions(4094, 4)).toThrow("the last position must be a whole number from 0 to 4096");
    expect(() => consecutivePositions(0, 0)).toThrow(RangeError);
  });

  it("explainEncodingDot refuses an odd d_model, saying why pairs are needed", () => {
    expect(() => explainEncodingDot(1, 2, 5)).toThrow(OddDimensionError);
  });
});
