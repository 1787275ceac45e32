import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attentionIo, FLASH_IO_LIMITS, flashAttentionIo, LimitError, standardAttentionIo } from "./index.ts";

describe("standardAttentionIo (Algorithm 0)", () => {
  it.each([
    // 4N² + 4Nd: 4·1,048,576 + 4·65,536 = 4,194,304 + 262,144 = 4,456,448; S and A 4,194,304.
    [1024, 64, 4_456_448, 4_194_304],
    // 4·16 + 4·8 = 96; S and A 64.
    [4, 2, 96, 64],
    // 4·1,000,000 + 4·64,000 = 4,256,000.
    [1000, 64, 4_256_000, 4_000_000],
  ])("standardAttentionIo(N = %i, d = %i) moves %i elements, %i of them S and A", (N, d, total, scores) => {
    const io = standardAttentionIo(N, d);
    expect(io.total).toBe(total);
    expect(io.scoreMatrixElements).toBe(scores);
    expect(io.reads + io.writes).toBe(total);
  });

  it("standardAttentionIo lists S and A each written once and read once, N×N", () => {
    const io = standardAttentionIo(3, 2);
    expect(io.terms.filter((t) => t.scoreMatrix).map((t) => `${t.access} ${t.array} ${t.rows}×${t.cols}`)).toEqual([
      "write S 3×3",
      "read S 3×3",
      "write A 3×3",
      "read A 3×3",
    ]);
  });
});

describe("flashAttentionIo (Algorithm 1)", () => {
  it.each([
    // Bc = ⌈16,384/256⌉ = 64; Br = min(64, 64) = 64; Tc = Tr = ⌈1,024/64⌉ = 16.
    // Nd = 65,536, N = 1,024. Initial O, l, m: 65,536 + 2,048 = 67,584. K, V: 131,072.
    // Each pass: read Q, O (131,072) + l, m (2,048), write O (65,536) + l, m (2,048) = 200,704;
    // ·16 = 3,211,264. Total 67,584 + 131,072 + 3,211,264 = 3,409,920.
    [1024, 64, 16_384, 64, 64, 16, 16, 3_409_920],
    // Bc = ⌈8/8⌉ = 1; Br = min(1, 2) = 1; Tc = Tr = 4. Nd = 8: init 8 + 8 = 16; K, V 16;
    // each pass 3·8 + 4·4 = 40, ·4 = 160; total 192 (more than standard's 96: SRAM too small).
    [4, 2, 8, 1, 1, 4, 4, 192],
    // Bc = ⌈100,000/256⌉ = ⌈390.625⌉ = 391; Br = min(391, 64) = 64; Tc = ⌈1,000/391⌉ = 3;
    // Tr = ⌈1,000/64⌉ = 16. Nd = 64,000: init 66,000; K, V 128,000; each pass
    // 3·64,000 + 4·1,000 = 196,000, ·3 = 588,000; total 782,000.
    [1000, 64, 100_000, 391, 64, 3, 16, 782_000],
  ])(
    "flashAttentionIo(N = %i, d = %i, M = %i): Bc %i, Br %i, Tc %i, Tr %i, %i elements",
    (N, d, M, Bc, Br, Tc, Tr, total) => {
      const io = flashAttentionIo(N, d, M);
      expect(io.blockCols.value).toBe(Bc);
      expect(io.blockRows).toBe(Br);
      expect(io.columnBlocks.value).toBe(Tc);
      expect(io.rowBlocks.value).toBe(Tr);
      expect(io.total).toBe(total);
      expect(io.scoreMatrixElements).toBe(0);
    },
  );

  it("flashAttentionIo keeps the parts of each ceiling: ⌈100,000/256⌉ and ⌈1,000/391⌉", () => {
    const io = flashAttentionIo(1000, 64, 100_000);
    expect(io.blockCols).toEqual({ numerator: 100_000, denominator: 256, value: 391 });
    expect(io.columnBlocks).toEqual({ numerator: 1000, denominator: 391, value: 3 });
    expect(io.terms.find((t) => t.array === "Q")).toMatchObject({
      access: "read",
      times: 3,
      rows: 1000,
      cols: 64,
      elements: 192_000,
    });
  });

  it.each([
    [
      () => flashAttentionIo(8, 64, 63),
      "the SRAM size M must be a whole number from 64 to 16777216 (at least the head size d); received 63.",
    ],
    [
      () => flashAttentionIo(0, 64, 1000),
      "the sequence length N must be a whole number from 1 to 1048576; received 0.",
    ],
    [() => standardAttentionIo(8, 1025), "the head size d must be a whole number from 1 to 1024; received 1025."],
    [() => attentionIo(8, 2.5, 1000), "received 2.5"],
  ])("the IO counts refuse bad sizes with a LimitError (%#)", (call, message) => {
    expect(call).toThrow(LimitError);
    expect(call).toThrow(message);
  });
});

describe("IO laws", () => {
  const sizes = fc.record({
    N: fc.integer({ min: 1, max: FLASH_IO_LIMITS.sequenceLength.max }),
    d: fc.integer({ min: 1, max: 256 }),
    M: fc.integer({ min: 256, max: FLASH_IO_LIMITS.sram.max }),
  });

  it("every count is the sum of its terms, reads plus writes, and a whole number", () => {
    fc.assert(
      fc.property(sizes, ({ N, d, M }) => {
        const { standard, flash } = attentionIo(N, d, M);
        for (const io of [standard, flash]) {
          expect(io.total).toBe(io.terms.reduce((s, t) => s + t.elements, 0));
          expect(Number.isSafeInteger(io.total)).toBe(true);
        }
        expect(standard.total).toBe(4 * N * N + 4 * N * d);
        const Tc = flash.columnBlocks.value;
        expect(flash.total).toBe(3 * N * d + 2 * N + Tc * (3 * N * d + 4 * N));
      }),
    );
  });

  it("more SRAM never makes flashAttentionIo move more", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 1_000_000 }), ({ N, d, M }, extra) => {
        const bigger = Math.min(M + extra, FLASH_IO_LIMITS.sram.max);
        expect(flashAttentionIo(N, d, bigger).total).toBeLessThanOrEqual(flashAttentionIo(N, d, M).total);
      }),
    );
  });
});
