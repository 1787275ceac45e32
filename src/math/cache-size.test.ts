import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CACHE_LIMITS,
  CACHE_PRESETS,
  MAX_CACHE_BYTES,
  cacheFactors,
  checkCacheValue,
  checkedCacheBytes,
  formatBytes,
  groupDigits,
  kvCacheBytes,
  parseCacheField,
  type CacheShape,
} from "./index.ts";

const preset = (id: string) => CACHE_PRESETS.find((p) => p.id === id)!.shape;

describe("kvCacheBytes", () => {
  it.each([
    // 2·32·32·128·4096·1·2: 2·32·32 = 2,048; ·128 = 262,144; ·4,096 = 1,073,741,824; ·2 = 2³¹.
    ["Llama 2 7B, 4,096 tokens, fp16", preset("llama2-7b"), 2_147_483_648n, "2,147,483,648 B = 2 GiB"],
    // 2·32·8·128·8192·1·2: 512·128 = 65,536 = 2¹⁶; ·8,192 = 2²⁹; ·2 = 2³⁰.
    ["Llama 3 8B, 8,192 tokens, bf16", preset("llama3-8b"), 1_073_741_824n, "1,073,741,824 B = 1 GiB"],
    // 2·12·12·64·1024·1·4: 288·64 = 18,432; ·1,024 = 18,874,368; ·4 = 75,497,472 = 72·1,048,576.
    ["GPT-2 small, 1,024 tokens, fp32", preset("gpt2-small"), 75_497_472n, "75,497,472 B = 72 MiB"],
    // 2·32·8·128·131,072·1·2: 65,536 = 2¹⁶; ·131,072 = 2¹⁶·2¹⁷ = 2³³; ·2 = 2³⁴.
    ["Llama 3.1 8B, 131,072 tokens, bf16", preset("llama3.1-8b-128k"), 17_179_869_184n, "17,179,869,184 B = 16 GiB"],
    // 2·32·1·64·2048·1·2: 2·32·64 = 4,096 = 2¹²; ·2,048 = 2²³; ·2 = 2²⁴.
    ["Falcon-7B (one KV head), 2,048 tokens, bf16", preset("falcon-7b"), 16_777_216n, "16,777,216 B = 16 MiB"],
  ])("kvCacheBytes(%s) is worked out by hand", (_, shape, bytes, text) => {
    expect(kvCacheBytes(shape)).toBe(bytes);
    expect(formatBytes(kvCacheBytes(shape)).text).toBe(text);
  });

  it("kvCacheBytes of one layer, one head of size 1, one token, one byte is 2 B: one key and one value", () => {
    expect(kvCacheBytes({ layers: 1, kvHeads: 1, headDim: 1, seqLen: 1, batch: 1, bytesPerValue: 1 })).toBe(2n);
  });

  it("kvCacheBytes of 3 layers, 5 heads of 7, 11 tokens, batch 13, fp32 is 2·3·5·7·11·13·4 = 120,120 B", () => {
    // 2·3 = 6; ·5 = 30; ·7 = 210; ·11 = 2,310; ·13 = 30,030; ·4 = 120,120.
    const bytes = kvCacheBytes({ layers: 3, kvHeads: 5, headDim: 7, seqLen: 11, batch: 13, bytesPerValue: 4 });
    expect(bytes).toBe(120_120n);
    expect(formatBytes(bytes).text).toBe("120,120 B ≈ 117.3 KiB"); // 120,120 / 1,024 = 117.3046875
  });

  it("Llama 3 8B's grouped-query attention: 8 KV heads instead of 32 make the cache 4× smaller at equal length", () => {
    const gqa = preset("llama3-8b");
    expect(kvCacheBytes({ ...gqa, kvHeads: 32 })).toBe(4n * kvCacheBytes(gqa));
  });

  it("the kv-cache-cost page's “check yourself”: Llama 2 7B at batch 8 is 16 GiB; Llama 3 8B with 32 KV heads is 4 GiB", () => {
    expect(formatBytes(kvCacheBytes({ ...preset("llama2-7b"), batch: 8 })).binary).toBe("16 GiB");
    expect(formatBytes(kvCacheBytes({ ...preset("llama3-8b"), kvHeads: 32 })).binary).toBe("4 GiB");
  });

  it("kvCacheBytes is linear in every field (doubling any one doubles the result)", () => {
    const shapeArb = fc.record({
      layers: fc.integer({ min: 1, max: 100 }),
      kvHeads: fc.integer({ min: 1, max: 64 }),
      headDim: fc.integer({ min: 1, max: 256 }),
      seqLen: fc.integer({ min: 1, max: 100_000 }),
      batch: fc.integer({ min: 1, max: 64 }),
      bytesPerValue: fc.constantFrom(1, 2),
    });
    fc.assert(
      fc.property(
        shapeArb,
        fc.constantFrom("layers", "kvHeads", "headDim", "seqLen", "batch"),
        (shape: CacheShape, field) => {
          const doubled = { ...shape, [field]: shape[field as keyof CacheShape] * 2 };
          expect(kvCacheBytes(doubled)).toBe(2n * kvCacheBytes(shape));
          // A second, independent computation: floats are exact below 2⁵³, which these stay under.
          expect(Number(kvCacheBytes(shape))).toBe(cacheFactors(shape).reduce((a, b) => a * b, 1));
        },
      ),
    );
  });

  it("the largest shape the limits allow is computed exactly, beyond 2⁵³, and refused as larger than 1 EiB", () => {
    const largest = Object.fromEntries(
      Object.entries(CACHE_LIMITS).map(([field, limit]) => [field, limit.max]),
    ) as unknown as CacheShape;
    // 2·1,000·1,024·16,384·10⁷·10⁵·4 = 2·1,000·1,024·16,384·4 · 10¹² = 134,217,728,000 · 10¹².
    expect(kvCacheBytes(largest)).toBe(134_217_728_000n * 10n ** 12n);
    const checked = checkedCacheBytes(largest);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(/more than the 1 EiB \(2⁶⁰ B\)/);
  });

  it("checkedCacheBytes accepts exactly 2⁶⁰ B", () => {
    // 2·512·1,024·16,384·2⁴ ·1·4 … pick powers of two: 2¹·2⁹·2¹⁰·2¹⁴·2²⁰(≈10⁶ tokens)·2⁴·2² = 2⁶⁰.
    const shape = { layers: 512, kvHeads: 1_024, headDim: 16_384, seqLen: 1_048_576, batch: 16, bytesPerValue: 4 };
    expect(checkedCacheBytes(shape)).toEqual({ ok: true, bytes: MAX_CACHE_BYTES });
    expect(checkedCacheBytes({ ...shape, batch: 17 }).ok).toBe(false);
  });

  it("kvCacheBytes refuses a shape outside the limits, naming the field", () => {
    expect(() => kvCacheBytes({ ...preset("llama2-7b"), layers: 0 })).toThrow(/layers cannot be 0/);
    expect(() => kvCacheBytes({ ...preset("llama2-7b"), headDim: 1.5 })).toThrow(/head size must be a whole number/);
    expect(() => kvCacheBytes({ ...preset("llama2-7b"), bytesPerValue: 3 })).toThrow(
      /No number format offered here has 3 bytes/,
    );
  });
});

describe("formatBytes", () => {
  it.each([
    [0n, "0 B", false],
    [1_023n, "1,023 B", false],
    [1_024n, "1,024 B = 1 KiB", false],
    [1_536n, "1,536 B = 1.5 KiB", false],
    [1_280n, "1,280 B = 1.25 KiB", false],
    // 1,365 / 1,024 = 1.3330…: two decimals lose something, so "≈".
    [1_365n, "1,365 B ≈ 1.33 KiB", true],
    // 1,048,575 B is 1 B short of 1 MiB: still KiB, 1,023.999… rounds up to 1,024 KiB.
    [1_048_575n, "1,048,575 B ≈ 1,024 KiB", true],
    [1_048_576n, "1,048,576 B = 1 MiB", false],
    [3n * 2n ** 39n, "1,649,267,441,664 B = 1.5 TiB", false],
    [2n ** 50n, "1,125,899,906,842,624 B = 1 PiB", false],
    [2n ** 60n, "1,152,921,504,606,846,976 B = 1 EiB", false],
  ])("formatBytes(%s) is “%s”", (bytes, text, rounded) => {
    const formatted = formatBytes(bytes);
    expect(formatted.text).toBe(text);
    expect(formatted.rounded).toBe(rounded);
  });

  it("formatBytes says “=” exactly when the shown binary value times its unit gives the bytes back", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1024n, max: 2n ** 60n }), (bytes) => {
        const { binary, rounded } = formatBytes(bytes);
        const [number, unit] = binary.split(" ");
        const power = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"].indexOf(unit!) + 1;
        const [whole, fraction = ""] = number!.replace(/,/g, "").split(".");
        const hundredths = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, "0"));
        expect(rounded).toBe(hundredths * 1024n ** BigInt(power) !== bytes * 100n);
      }),
    );
  });

  it("formatBytes refuses a negative count", () => {
    expect(() => formatBytes(-1n)).toThrow(RangeError);
  });
});

describe("groupDigits", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1_000, "1,000"],
    [2_147_483_648n, "2,147,483,648"],
  ])("groupDigits(%s) is %s", (n, text) => expect(groupDigits(n)).toBe(text));
});

describe("parseCacheField", () => {
  it.each([
    ["layers", "32", 32],
    ["layers", " 32 ", 32],
    ["seqLen", "4,096", 4_096],
    ["seqLen", "4 096", 4_096],
    ["seqLen", "1e3", 1_000],
    ["headDim", "128.0", 128],
    ["seqLen", "10000000", 10_000_000],
  ] as const)("parseCacheField(%s, “%s”) reads %s", (field, text, value) => {
    expect(parseCacheField(field, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["layers", "abc", "“abc” is not a number. Enter a whole number from 1 to 1,000."],
    ["layers", "", "The layers is empty. Enter a whole number from 1 to 1,000."],
    ["kvHeads", "   ", "The KV heads is empty. Enter a whole number from 1 to 1,024."],
    ["headDim", "-64", "The head size cannot be negative (received “-64”). Enter a whole number from 1 to 16,384."],
    ["headDim", "−64", "The head size cannot be negative (received “−64”). Enter a whole number from 1 to 16,384."],
    ["batch", "0", "The batch size cannot be 0: the cache would be empty. Enter a whole number from 1 to 100,000."],
    [
      "seqLen",
      "2.5",
      "The sequence length must be a whole number (received “2.5”). Enter a whole number from 1 to 10,000,000.",
    ],
    [
      "seqLen",
      "10000001",
      "“10000001” is too large for the sequence length. Enter a whole number from 1 to 10,000,000.",
    ],
    ["layers", "1e400", "“1e400” is too large for the layers. Enter a whole number from 1 to 1,000."],
    ["layers", "12abc", "“12abc” is not a number. Enter a whole number from 1 to 1,000."],
    ["layers", "0x10", "“0x10” is not a number. Enter a whole number from 1 to 1,000."],
    ["layers", "Infinity", "“Infinity” is not a number. Enter a whole number from 1 to 1,000."],
    ["bytesPerValue", "3", "No number format offered here has “3” bytes per value. Enter 1, 2 or 4."],
  ] as const)("parseCacheField(%s, “%s”) refuses it: %s", (field, text, message) => {
    expect(parseCacheField(field, text)).toEqual({ ok: false, message });
  });

  it("checkCacheValue accepts each limit and refuses one past it", () => {
    for (const [field, { min, max }] of Object.entries(CACHE_LIMITS) as [
      keyof CacheShape,
      { min: number; max: number },
    ][]) {
      if (field === "bytesPerValue") continue;
      expect(checkCacheValue(field, min).ok).toBe(true);
      expect(checkCacheValue(field, max).ok).toBe(true);
      expect(checkCacheValue(field, max + 1).ok).toBe(false);
    }
  });
});
