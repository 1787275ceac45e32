import { describe, expect, it } from "vitest";
import { mulberry32, randomMatrix, randomNormal, shapeOf } from "./index.ts";

describe("seeded randomness", () => {
  const draws = (seed: number, count: number) => {
    const rng = mulberry32(seed);
    return Array.from({ length: count }, rng);
  };

  it("mulberry32(seed) repeats its sequence for the same seed and differs for another", () => {
    expect(draws(42, 5)).toEqual(draws(42, 5));
    expect(draws(42, 5)).not.toEqual(draws(43, 5));
  });

  it("mulberry32 draws lie in [0, 1) and spread over it", () => {
    const values = draws(7, 10000);
    values.forEach((v) => {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    });
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });

  it("randomNormal(rng) has mean ≈ 0 and variance ≈ 1", () => {
    const rng = mulberry32(1);
    const samples = Array.from({ length: 20000 }, () => randomNormal(rng));
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it("randomNormal stays finite when the generator returns exactly 0", () => {
    // Box–Muller takes log(u₁); u₁ = 1 − rng() keeps it away from log(0) = −∞.
    expect(Number.isFinite(randomNormal(() => 0))).toBe(true);
  });

  it("randomMatrix(rng, 30, 4, integers −2…2) has that shape and only those integers", () => {
    const M = randomMatrix(mulberry32(3), 30, 4, { kind: "integer", min: -2, max: 2 });
    expect(shapeOf(M)).toEqual([30, 4]);
    const seen = new Set(M.flat());
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });

  it("randomMatrix defaults to small integers from −3 to 3", () => {
    const M = randomMatrix(mulberry32(5), 2, 3);
    expect(shapeOf(M)).toEqual([2, 3]);
    M.flat().forEach((v) => {
      expect(Number.isInteger(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThanOrEqual(3);
    });
  });

  it("randomMatrix with normal entries uses the mean and standard deviation", () => {
    const M = randomMatrix(mulberry32(9), 200, 50, { kind: "normal", mean: 10, standardDeviation: 2 });
    const values = M.flat();
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 10)).toBeLessThan(0.1);
  });

  it("randomMatrix rejects an integer range with min > max", () => {
    expect(() => randomMatrix(mulberry32(1), 1, 1, { kind: "integer", min: 3, max: 1 })).toThrow(RangeError);
  });
});
