import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRopeShift } from "./rope-shift.ts";

describe("compareRopeShift", () => {
  // d = 4, base 10000: θ₀ = 1, θ₁ = 0.01. q = (1, 2, 0, 1), k = (2, 0, 1, 1), m = 3, n = 1. By hand
  // (python3): a pair (a, b) turned by α against (c, d) turned by β gives (ac + bd)·cos(α − β) +
  // (ad − bc)·sin(α − β). Pair 0 at α − β = 2: 2·cos 2 − 4·sin 2 ≈ −4.46948; pair 1 at 0.02:
  // 1·cos 0.02 − 1·sin 0.02 ≈ 0.97980. Sum ≈ −3.48968.
  it("scores (1, 2, 0, 1) at 3 against (2, 0, 1, 1) at 1 as ≈ −3.4897, and the same at 7 and 5", () => {
    const c = compareRopeShift([1, 2, 0, 1], [2, 0, 1, 1], 3, 1, 4);
    expect(c.near.sum).toBeCloseTo(-3.48968, 5);
    expect(c.far.sum).toBeCloseTo(-3.48968, 5);
    expect(c.far.m).toBe(7);
    expect(c.far.n).toBe(5);
    expect(c.difference).toBeLessThan(1e-12);
  });

  it("refuses a shift that moves a position past the limit, naming it", () => {
    expect(() => compareRopeShift([1, 0], [0, 1], 4000, 1, 100)).toThrow(
      "the shifted query position m + shift must be a whole number from 0 to 4096; received 4100",
    );
  });

  it("for any small q, k, m, n and shift, the two scores agree to 1e-9", () => {
    const v = fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 4, maxLength: 4 });
    const pos = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(v, v, pos, pos, pos, (q, k, m, n, s) => {
        expect(compareRopeShift(q, k, m, n, s).difference).toBeLessThan(1e-9);
      }),
    );
  });
});
