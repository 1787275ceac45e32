import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksFor, explainBlocksFor, LimitError, pagedCacheAt, prefixSharing, slotBytes } from "./index.ts";

describe("blocksFor", () => {
  it.each([
    // ⌈13/4⌉ = 4: three full blocks (12 tokens) and 1 token in the last; 4·4 − 13 = 3 empty.
    [13, 4, { blocks: 4, fullBlocks: 3, lastBlockTokens: 1, emptySlots: 3 }],
    // ⌈16/4⌉ = 4, all full, nothing empty.
    [16, 4, { blocks: 4, fullBlocks: 4, lastBlockTokens: 4, emptySlots: 0 }],
    // ⌈1/16⌉ = 1, holding 1 token, 15 empty.
    [1, 16, { blocks: 1, fullBlocks: 0, lastBlockTokens: 1, emptySlots: 15 }],
    [0, 4, { blocks: 0, fullBlocks: 0, lastBlockTokens: 0, emptySlots: 0 }],
  ])("explainBlocksFor(%i tokens, B = %i) is %j", (tokens, B, expected) => {
    expect(explainBlocksFor(tokens, B)).toEqual({ tokens, blockSize: B, ...expected });
    expect(blocksFor(tokens, B)).toBe(expected.blocks);
  });

  it("blocksFor refuses a block size of 0 and a fractional token count", () => {
    expect(() => blocksFor(4, 0)).toThrow(RangeError);
    expect(() => blocksFor(2.5, 4)).toThrow(RangeError);
  });
});

describe("prefixSharing by hand", () => {
  it("3 sequences, prompt 13, 6 generated, B = 4: the last prompt block is copied by sequences 0 and 1", () => {
    // Prefill: ⌈13/4⌉ = 4 blocks 0–3, count 3 each; block 3 holds token 12 only.
    // Step 1 (token 13, slot 1 of logical block 3): sequence 0 finds count 3 > 1 → copies
    //   block 3 to block 4 (count of 3 drops to 2) and writes there; sequence 1 finds 2 > 1 →
    //   copies to block 5 (count 1); sequence 2 finds 1 → writes into block 3 itself.
    // Steps 2–3 (tokens 14, 15) fill blocks 4, 5, 3. Step 4 (token 16, 16 mod 4 = 0) needs
    //   logical block 4: fresh blocks 6, 7, 8. Steps 5–6 write tokens 17, 18 there (3 of 4).
    // Used 9; without sharing 3·⌈19/4⌉ = 15; saved 6 blocks = 24 slots.
    // Paged waste: blocks 6, 7, 8 have 1 empty slot each = 3.
    // Contiguous with L = 32: 3·32 = 96 reserved, 3·19 = 57 used, 39 wasted.
    const r = prefixSharing({ sequences: 3, promptTokens: 13, generatedTokens: 6, blockSize: 4, maxLength: 32 });
    expect(r.tables).toEqual([
      [0, 1, 2, 4, 6],
      [0, 1, 2, 5, 7],
      [0, 1, 2, 3, 8],
    ]);
    expect(r.blocks.map((b) => [b.id, b.refCount, b.filled, b.copiedFrom])).toEqual([
      [0, 3, 4, null],
      [1, 3, 4, null],
      [2, 3, 4, null],
      [3, 1, 4, null],
      [4, 1, 4, 3],
      [5, 1, 4, 3],
      [6, 1, 3, null],
      [7, 1, 3, null],
      [8, 1, 3, null],
    ]);
    expect(r.blocks[0]!.sequences).toEqual([0, 1, 2]);
    expect(r.blocks[3]!.sequences).toEqual([2]);
    expect(r.events.filter((e) => e.kind === "copy-on-write")).toEqual([
      { kind: "copy-on-write", step: 1, sequence: 0, block: 4, from: 3 },
      { kind: "copy-on-write", step: 1, sequence: 1, block: 5, from: 3 },
    ]);
    expect(r).toMatchObject({
      blocksUsed: 9,
      blocksWithoutSharing: 15,
      blocksSaved: 6,
      slotsSaved: 24,
      pagedEmptySlots: 3,
    });
    expect(r.contiguous).toEqual({ reservedSlots: 96, usedSlots: 57, wastedSlots: 39 });
    expect(r.counts.prompt).toMatchObject({ tokens: 13, blocks: 4, fullBlocks: 3, lastBlockTokens: 1 });
    expect(r.counts.perSequence.blocks).toBe(5);
    // 3 slots left in block 3; 6 − 3 = 3 tokens need ⌈3/4⌉ = 1 fresh block each.
    expect(r.counts.slotsLeftInPrompt).toBe(3);
    expect(r.counts.newPerSequence).toMatchObject({ tokens: 3, blocks: 1 });
    expect(r.counts.copies).toBe(2);
    // 9 = 3 full prompt blocks + 3 holders of the partial one (the original and 2 copies) + 3·1 fresh.
    expect(r.counts).toMatchObject({ fullPromptBlocks: 3, partialPromptBlocks: 3, freshBlocks: 3 });
    // Blocks 4 and 5 are copies of logical block 3; 6, 7, 8 hold logical block 4.
    expect(r.blocks.map((b) => b.logical)).toEqual([0, 1, 2, 3, 3, 3, 4, 4, 4]);
  });

  it("a prompt that ends on a block boundary is never copied: 2 sequences, P = 8, G = 3, B = 4", () => {
    // Prefill: blocks 0, 1 full, count 2. Token 8 (8 mod 4 = 0) opens logical block 2:
    // sequence 0 gets block 2, sequence 1 block 3; tokens 9, 10 follow (3 of 4 filled).
    // Used 4; without 2·⌈11/4⌉ = 6; saved 2 = 8 slots; empty 1 + 1 = 2; contiguous 32 − 22 = 10.
    const r = prefixSharing({ sequences: 2, promptTokens: 8, generatedTokens: 3, blockSize: 4, maxLength: 16 });
    expect(r.tables).toEqual([
      [0, 1, 2],
      [0, 1, 3],
    ]);
    expect(r.counts.copies).toBe(0);
    expect(r).toMatchObject({
      blocksUsed: 4,
      blocksWithoutSharing: 6,
      blocksSaved: 2,
      slotsSaved: 8,
      pagedEmptySlots: 2,
    });
    expect(r.contiguous.wastedSlots).toBe(10);
  });

  it("with nothing generated the partial prompt block stays shared: 4 sequences, P = 5, G = 0, B = 2", () => {
    // ⌈5/2⌉ = 3 blocks, count 4, the last holding 1 token. Used 3; without 4·3 = 12; saved 9;
    // empty 1. Contiguous with L = 5: 20 reserved, 20 used, 0 wasted.
    const r = prefixSharing({ sequences: 4, promptTokens: 5, generatedTokens: 0, blockSize: 2, maxLength: 5 });
    expect(r.blocks.map((b) => b.refCount)).toEqual([4, 4, 4]);
    expect(r).toMatchObject({ blocksUsed: 3, blocksWithoutSharing: 12, blocksSaved: 9, pagedEmptySlots: 1 });
    expect(r.contiguous).toEqual({ reservedSlots: 20, usedSlots: 20, wastedSlots: 0 });
  });

  it("one sequence writes into its own prompt block in place: S = 1, P = 3, G = 2, B = 4", () => {
    // Block 0 holds tokens 0–2, count 1: token 3 goes in place (4 of 4); token 4 opens block 1.
    // Used 2 = without sharing; empty 3; contiguous with L = 8 wastes 8 − 5 = 3.
    const r = prefixSharing({ sequences: 1, promptTokens: 3, generatedTokens: 2, blockSize: 4, maxLength: 8 });
    expect(r.tables).toEqual([[0, 1]]);
    expect(r).toMatchObject({ blocksUsed: 2, blocksSaved: 0, pagedEmptySlots: 3 });
    expect(r.contiguous.wastedSlots).toBe(3);
  });

  it("sequences that only fill the prompt's last block still copy it: S = 2, P = 5, G = 2, B = 4", () => {
    // Block 1 holds token 4 (count 2). Token 5: sequence 0 copies it to block 2; sequence 1
    // writes into block 1. Tables (0, 2) and (0, 1); used 3; without 2·⌈7/4⌉ = 4.
    const r = prefixSharing({ sequences: 2, promptTokens: 5, generatedTokens: 2, blockSize: 4, maxLength: 7 });
    expect(r.tables).toEqual([
      [0, 2],
      [0, 1],
    ]);
    expect(r.counts.newPerSequence.blocks).toBe(0);
    expect(r).toMatchObject({ blocksUsed: 3, blocksWithoutSharing: 4, pagedEmptySlots: 2 });
  });

  it.each([
    [
      { blockSize: 0 },
      "the block size B must be a whole number from 1 to 19 (the length of a sequence, prompt plus new tokens); received 0.",
    ],
    [{ blockSize: 20 }, "from 1 to 19"],
    [
      { maxLength: 18 },
      "the reserved length must be a whole number from 19 to 1000000 (at least the length of a sequence, prompt plus new tokens)",
    ],
    [{ sequences: 0 }, "the number of sequences must be a whole number from 1 to 64"],
    [{ promptTokens: 0 }, "the prompt length must be"],
    [{ generatedTokens: -1 }, "the number of new tokens must be"],
  ])("prefixSharing(%j) throws a LimitError: %s", (change, message) => {
    const input = { sequences: 3, promptTokens: 13, generatedTokens: 6, blockSize: 4, maxLength: 32, ...change };
    expect(() => prefixSharing(input)).toThrow(LimitError);
    expect(() => prefixSharing(input)).toThrow(message);
  });
});

describe("prefixSharing laws", () => {
  const scenario = fc
    .record({
      sequences: fc.integer({ min: 1, max: 6 }),
      promptTokens: fc.integer({ min: 1, max: 40 }),
      generatedTokens: fc.integer({ min: 0, max: 40 }),
    })
    .chain((s) =>
      fc.record({
        sequences: fc.constant(s.sequences),
        promptTokens: fc.constant(s.promptTokens),
        generatedTokens: fc.constant(s.generatedTokens),
        blockSize: fc.integer({ min: 1, max: s.promptTokens + s.generatedTokens }),
        maxLength: fc.integer({ min: s.promptTokens + s.generatedTokens, max: 100 }),
      }),
    );

  it("the simulated block count equals ⌊P/B⌋ + (S, 1 or 0 for the partial block) + S·new", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { sequences: S, promptTokens: P, generatedTokens: G, blockSize: B } = input;
        const r = prefixSharing(input);
        const partial = P % B === 0 ? 0 : G > 0 ? S : 1;
        const free = (B - (P % B)) % B;
        expect(r.blocksUsed).toBe(Math.floor(P / B) + partial + S * Math.ceil(Math.max(0, G - free) / B));
        expect(r.counts.copies).toBe(P % B !== 0 && G > 0 ? S - 1 : 0);
        expect(r.blocksSaved).toBeGreaterThanOrEqual(0);
        const { fullPromptBlocks, partialPromptBlocks, freshBlocks } = r.counts;
        expect(fullPromptBlocks + partialPromptBlocks + freshBlocks).toBe(r.blocksUsed);
      }),
    );
  });

  it("every table holds P + G tokens in ⌈(P + G)/B⌉ blocks, and counts match the tables", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { promptTokens: P, generatedTokens: G, blockSize: B } = input;
        const r = prefixSharing(input);
        r.tables.forEach((table) => {
          expect(table).toHaveLength(Math.ceil((P + G) / B));
          expect(table.reduce((sum, id) => sum + r.blocks[id]!.filled, 0)).toBe(P + G);
        });
        r.blocks.forEach((b) => {
          expect(b.refCount).toBe(r.tables.filter((t) => t.includes(b.id)).length);
          r.tables.forEach((t) => (t.includes(b.id) ? expect(t.indexOf(b.id)).toBe(b.logical) : null));
          expect(b.filled).toBeLessThanOrEqual(B);
        });
      }),
    );
  });
});

describe("pagedCacheAt: the same cache part-way through", () => {
  const input = { sequences: 3, promptTokens: 13, generatedTokens: 6, blockSize: 4, maxLength: 32 };

  it("after prefill (step 0) the 3 sequences share blocks 0–3, each with count 3; block 3 holds 1 token", () => {
    const s = pagedCacheAt(input, 0);
    expect(s.tables).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ]);
    expect(s.blocks.map((b) => [b.refCount, b.filled])).toEqual([
      [3, 4],
      [3, 4],
      [3, 4],
      [3, 1],
    ]);
    expect(s.events).toHaveLength(4);
    expect(s.tokensPerSequence).toBe(13);
  });

  it("step 1 is the copy-on-write step: sequences 0 and 1 copy block 3 (to 4 and 5), sequence 2 keeps it", () => {
    const s = pagedCacheAt(input, 1);
    expect(s.tables.map((t) => t[3])).toEqual([4, 5, 3]);
    // Each copy holds token 12 and now 13; block 3 too, with count 1.
    expect(s.blocks.slice(3).map((b) => [b.id, b.refCount, b.filled, b.copiedFrom])).toEqual([
      [3, 1, 2, null],
      [4, 1, 2, 3],
      [5, 1, 2, 3],
    ]);
    expect(s.events.map((e) => e.kind)).toEqual(["copy-on-write", "copy-on-write"]);
  });

  it("step 4 opens logical block 4 for each sequence (token 16, 16 mod 4 = 0): blocks 6, 7, 8", () => {
    const s = pagedCacheAt(input, 4);
    expect(s.tables.map((t) => t[4])).toEqual([6, 7, 8]);
    expect(s.events).toEqual([
      { kind: "allocate", step: 4, sequence: 0, block: 6 },
      { kind: "allocate", step: 4, sequence: 1, block: 7 },
      { kind: "allocate", step: 4, sequence: 2, block: 8 },
    ]);
  });

  it("the last step equals prefixSharing's result", () => {
    const last = pagedCacheAt(input, 6);
    const whole = prefixSharing(input);
    expect(last.tables).toEqual(whole.tables);
    expect(last.blocks).toEqual(whole.blocks);
  });

  it("stopping at step k gives the tables of a run that generates only k tokens (fast-check)", () => {
    const runs = fc
      .record({
        sequences: fc.integer({ min: 1, max: 4 }),
        promptTokens: fc.integer({ min: 1, max: 20 }),
        generatedTokens: fc.integer({ min: 0, max: 12 }),
        blockSize: fc.integer({ min: 1, max: 6 }),
      })
      .chain((r) => fc.tuple(fc.constant(r), fc.integer({ min: 0, max: r.generatedTokens })));
    fc.assert(
      fc.property(runs, ([r, k]) => {
        fc.pre(r.blockSize <= r.promptTokens + k);
        const input = { ...r, maxLength: r.promptTokens + r.generatedTokens };
        const shorter = prefixSharing({ ...input, generatedTokens: k, maxLength: r.promptTokens + k });
        const at = pagedCacheAt(input, k);
        expect(at.tables).toEqual(shorter.tables);
        expect(at.blocks).toEqual(shorter.blocks);
      }),
    );
  });

  it("refuses a step past the last new token", () => {
    expect(() => pagedCacheAt(input, 7)).toThrow("the step must be a whole number from 0 to 6");
  });
});

describe("slotBytes", () => {
  it("slotBytes(24, 131,072) is 3,145,728 B = 3 MiB: 24 slots of Llama 3 8B's 128 KiB per token", () => {
    expect(slotBytes(24, 131_072)).toBe(3_145_728n);
    expect(slotBytes(0, 8)).toBe(0n);
    expect(() => slotBytes(-1, 8)).toThrow(RangeError);
  });
});
