import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeStepWork, doublingTokenCounts, prefillWork, sampleTokenCounts } from "./index.ts";

describe("prefillWork", () => {
  it("prefillWork(4, 2): a 4×4 score matrix, 6 entries masked, 4 k and v rows computed, none read", () => {
    // Scores: 4 queries × 4 keys = 16; above the diagonal: 3 + 2 + 1 = 6. Multiply–adds: 16
    // scores of 2 products each plus 16 weights × 2 value components = 32 + 32 = 64.
    expect(prefillWork(4, 2)).toEqual({
      tokens: 4,
      queryRows: 4,
      kvRowsComputed: 4,
      kvRowsRead: 0,
      scores: 16n,
      maskedScores: 6n,
      multiplyAdds: 64n,
    });
  });

  it("prefillWork(1, d) has nothing to mask", () => {
    expect(prefillWork(1, 8).maskedScores).toBe(0n);
  });
});

describe("decodeStepWork", () => {
  it("decodeStepWork(5, 2, cached): one new k and v, a 1×5 row, all 5 cached keys and values read", () => {
    // 1 query × 5 keys = 5 scores, nothing masked; 5·2 + 5·2 = 20 multiply–adds.
    expect(decodeStepWork(5, 2, true)).toEqual({
      tokens: 5,
      queryRows: 1,
      kvRowsComputed: 1,
      kvRowsRead: 5,
      scores: 5n,
      maskedScores: 0n,
      multiplyAdds: 20n,
    });
  });

  it("decodeStepWork(5, 2, not cached) recomputes 5 k and v rows and the 5×5 masked matrix", () => {
    // 25 scores, 4 + 3 + 2 + 1 = 10 masked; 25·2 + 25·2 = 100 multiply–adds.
    expect(decodeStepWork(5, 2, false)).toEqual({
      tokens: 5,
      queryRows: 5,
      kvRowsComputed: 5,
      kvRowsRead: 0,
      scores: 25n,
      maskedScores: 10n,
      multiplyAdds: 100n,
    });
  });

  it("without a cache a step does the whole prefill of t tokens again", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 256 }), (t, d) => {
        expect(decodeStepWork(t, d, false)).toEqual(prefillWork(t, d));
      }),
    );
  });

  it("the cached step's scores are the last row of the uncached matrix: t of t², and the row's keys are all in the past", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (t) => {
        const cached = decodeStepWork(t, 64, true);
        const full = decodeStepWork(t, 64, false);
        expect(cached.scores * BigInt(t)).toBe(full.scores);
        expect(cached.maskedScores).toBe(0n);
        // Unmasked entries of a t×t causal matrix: 1 + 2 + … + t.
        expect(full.scores - full.maskedScores).toBe(BigInt((t * (t + 1)) / 2));
      }),
    );
  });

  it("stays exact past 2⁵³: 10⁷ tokens, head size 16,384, no cache", () => {
    // 2 · (10⁷)² · 16,384 = 2 · 16,384 · 10¹⁴ = 32,768 · 10¹⁴.
    expect(decodeStepWork(10_000_000, 16_384, false).multiplyAdds).toBe(32_768n * 10n ** 14n);
  });

  it.each([
    [0, 64],
    [2.5, 64],
    [4, 0],
  ])("decodeStepWork(%s, %s) refuses it", (t, d) => {
    expect(() => decodeStepWork(t, d, true)).toThrow(RangeError);
  });
});

describe("token counts for plots and tables", () => {
  it("sampleTokenCounts(1024, 5) spreads 1 … 1024 evenly: 1, 257, 513, 768, 1024", () => {
    // 1 + round(k · 1023 / 4) for k = 0 … 4: 1, 1 + 255.75 → 257, 1 + 511.5 → 513, 1 + 767.25 → 768, 1024.
    expect(sampleTokenCounts(1024, 5)).toEqual([1, 257, 513, 768, 1024]);
  });

  it("sampleTokenCounts never repeats and never goes past the ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 2, max: 200 }), (n, count) => {
        const values = sampleTokenCounts(n, count);
        expect(values[0]).toBe(1);
        expect(values.at(-1)).toBe(n);
        expect(values.length).toBeLessThanOrEqual(count);
        values.forEach((v, k) => k > 0 && expect(v).toBeGreaterThan(values[k - 1]!));
      }),
    );
  });

  it.each([
    [1, [1]],
    [2, [1, 2]],
    [4, [1, 2, 4]],
    [6, [1, 2, 4, 6]],
  ])("doublingTokenCounts(%s) is %j", (n, values) => expect(doublingTokenCounts(n)).toEqual(values));
});

describe("the numbers in the prefill-and-decode page's “check yourself”", () => {
  it("prefillWork(100, d): 10,000 scores, 4,950 masked; the next step meets all 101 keys", () => {
    // 100² = 10,000; 99·100/2 = 4,950.
    expect(prefillWork(100, 64).scores).toBe(10_000n);
    expect(prefillWork(100, 64).maskedScores).toBe(4_950n);
    expect(decodeStepWork(101, 64, true).scores).toBe(101n);
  });
});
