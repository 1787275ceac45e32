import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareSharing,
  explainKvHeadFor,
  HEAD_GROUP_LIMITS,
  HeadCountError,
  kvHeadChoices,
  LimitError,
} from "./index.ts";

describe("explainKvHeadFor: which KV head a query head reads, numbered from 1", () => {
  it.each([
    // 4 query heads, 2 KV heads: groups of 4/2 = 2. Query head 3 → ⌈3/2⌉ = 2, shared with head 4.
    [2, 4, 2, { groupSize: 2, queryHeadNumber: 3, kvHeadNumber: 2, sharedBy: [3, 4] }],
    // 4 query heads, 1 KV head (MQA): group of 4; every head reads KV head 1.
    [3, 4, 1, { groupSize: 4, queryHeadNumber: 4, kvHeadNumber: 1, sharedBy: [1, 2, 3, 4] }],
    // 4 and 4 (MHA): groups of 1; query head 2 → KV head 2, alone.
    [1, 4, 4, { groupSize: 1, queryHeadNumber: 2, kvHeadNumber: 2, sharedBy: [2] }],
    // Llama 3 8B: 32 query heads, 8 KV heads, groups of 4. Query head 13 → ⌈13/4⌉ = 4, with 13–16.
    [12, 32, 8, { groupSize: 4, queryHeadNumber: 13, kvHeadNumber: 4, sharedBy: [13, 14, 15, 16] }],
  ])("explainKvHeadFor(%i, %i, %i) is %j", (queryHead, h, kv, expected) => {
    expect(explainKvHeadFor(queryHead, h, kv)).toEqual({ queryHeads: h, kvHeads: kv, ...expected });
  });

  it("the KV head number is ⌈i / group size⌉ for every query head number i (fast-check)", () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .chain(([kv, group]) => fc.tuple(fc.constant(kv * group), fc.constant(kv), fc.nat({ max: kv * group - 1 })));
    fc.assert(
      fc.property(counts, ([h, kv, q]) => {
        const choice = explainKvHeadFor(q, h, kv);
        expect(choice.kvHeadNumber).toBe(Math.ceil((q + 1) / (h / kv)));
        expect(choice.sharedBy).toContain(q + 1);
      }),
    );
  });

  it("explainKvHeadFor(0, 4, 3) says plainly that 4 query heads cannot share 3 KV heads", () => {
    expect(() => explainKvHeadFor(0, 4, 3)).toThrow(HeadCountError);
    expect(() => explainKvHeadFor(0, 4, 3)).toThrow("4 query heads cannot share 3 KV heads");
  });
});

describe("kvHeadChoices: every number of KV heads h query heads can share", () => {
  it.each([
    [4, [4, 2, 1]],
    [6, [6, 3, 2, 1]],
    [8, [8, 4, 2, 1]],
    [7, [7, 1]],
    [1, [1]],
    [16, [16, 8, 4, 2, 1]],
  ])("kvHeadChoices(%i) is %j", (h, expected) => {
    expect(kvHeadChoices(h)).toEqual(expected);
  });

  it("kvHeadChoices refuses more query heads than HEAD_GROUP_LIMITS allows", () => {
    expect(() => kvHeadChoices(HEAD_GROUP_LIMITS.queryHeads.max + 1)).toThrow(LimitError);
    expect(() => kvHeadChoices(0)).toThrow("the number of query heads must be a whole number from 1 to 16");
  });
});

describe("compareSharing: the cache per token for each way of sharing", () => {
  it("the toy decoder (4 query heads, d_head 2, 2 layers, 2 bytes): MHA 64 B, GQA 32 B, MQA 16 B per token", () => {
    // MHA: 4 key rows + 4 value rows per layer; 2·4·2 = 16 numbers; ·2 layers ·2 B = 64 B.
    // GQA (2 KV heads): 4 rows, 8 numbers, 32 B. MQA: 2 rows, 4 numbers, 16 B.
    expect(compareSharing({ queryHeads: 4, dHead: 2, layers: 2, bytesPerValue: 2 })).toEqual([
      { kind: "MHA", kvHeads: 4, groupSize: 1, rowsPerTokenPerLayer: 8, valuesPerTokenPerLayer: 16, bytesPerToken: 64 },
      { kind: "GQA", kvHeads: 2, groupSize: 2, rowsPerTokenPerLayer: 4, valuesPerTokenPerLayer: 8, bytesPerToken: 32 },
      { kind: "MQA", kvHeads: 1, groupSize: 4, rowsPerTokenPerLayer: 2, valuesPerTokenPerLayer: 4, bytesPerToken: 16 },
    ]);
  });

  it("Llama 3 8B's shape with 32 query heads: the GQA-8 row is 131,072 B per token, a quarter of MHA's", () => {
    // kvHeadChoices is limited to 16 query heads, so take 16 query heads, d_head 128, 32 layers, 2 B:
    // MHA: 2·32·16·128·2 = 262,144 B; 8 KV heads: 131,072 B (group size 2); 1 KV head: 16,384 B.
    const rows = compareSharing({ queryHeads: 16, dHead: 128, layers: 32, bytesPerValue: 2 });
    expect(rows.map((r) => [r.kvHeads, r.bytesPerToken])).toEqual([
      [16, 262_144],
      [8, 131_072],
      [4, 65_536],
      [2, 32_768],
      [1, 16_384],
    ]);
  });

  it("every row is groupSize times smaller than the first (MHA) row (fast-check)", () => {
    const shape = fc.record({
      queryHeads: fc.integer({ min: 1, max: 16 }),
      dHead: fc.integer({ min: 1, max: 256 }),
      layers: fc.integer({ min: 1, max: 96 }),
      bytesPerValue: fc.constantFrom(1, 2, 4),
    });
    fc.assert(
      fc.property(shape, (s) => {
        const [mha, ...rest] = compareSharing(s);
        expect(mha!.kind).toBe("MHA");
        for (const r of rest) expect(r.bytesPerToken * r.groupSize).toBe(mha!.bytesPerToken);
      }),
    );
  });

  it("compareSharing refuses a bytes-per-value the calculator does not offer", () => {
    expect(() => compareSharing({ queryHeads: 4, dHead: 2, layers: 2, bytesPerValue: 3 })).toThrow(/3 bytes/);
  });
});
