/**
 * A paged KV cache (PagedAttention, Kwon et al. 2023): keys and values live in fixed-size blocks
 * of B tokens; each sequence has a block table mapping its logical blocks 0, 1, … to physical
 * blocks, which need not be contiguous and may be shared. Sequences sampled from one prompt
 * share the prompt's blocks, each with a reference count; a sequence about to write into a
 * block whose count is above 1 first copies it (copy-on-write) and writes into its copy.
 */
import { checkWholeInRange, type WholeRange } from "./limits.ts";
import { checkSize } from "./shape.ts";

/** Accepted inputs of prefixSharing; the block size must also be at most P + G. */
export const PAGED_CACHE_LIMITS: Readonly<{
  sequences: WholeRange;
  promptTokens: WholeRange;
  generatedTokens: WholeRange;
  blockSize: WholeRange;
  maxLength: WholeRange;
}> = {
  sequences: { min: 1, max: 64 },
  promptTokens: { min: 1, max: 4_096 },
  generatedTokens: { min: 0, max: 4_096 },
  blockSize: { min: 1, max: 8_192 },
  maxLength: { min: 1, max: 1_000_000 },
};

/** ⌈tokens/B⌉ with the parts needed to show it: "⌈13/4⌉ = 4 blocks, the last holding 1". */
export interface BlockCount {
  readonly tokens: number;
  readonly blockSize: number;
  /** ⌈tokens/B⌉. */
  readonly blocks: number;
  /** ⌊tokens/B⌋: blocks filled completely. */
  readonly fullBlocks: number;
  /** Tokens in the last block (B when it is full; 0 when there are no tokens). */
  readonly lastBlockTokens: number;
  /** blocks·B − tokens: empty slots in the last block (internal fragmentation). */
  readonly emptySlots: number;
}

/**
 * The blocks needed for `tokens` tokens, with its working.
 * @param tokens whole number ≥ 0
 * @param blockSize B, whole number ≥ 1
 */
export function explainBlocksFor(tokens: number, blockSize: number): BlockCount {
  checkSize("blocksFor", "the number of tokens", tokens);
  checkSize("blocksFor", "the block size B", blockSize, 1);
  const blocks = Math.ceil(tokens / blockSize);
  const fullBlocks = Math.floor(tokens / blockSize);
  const lastBlockTokens = tokens === 0 ? 0 : tokens - (blocks - 1) * blockSize;
  return { tokens, blockSize, blocks, fullBlocks, lastBlockTokens, emptySlots: blocks * blockSize - tokens };
}

/** ⌈tokens/B⌉ blocks of B tokens. */
export function blocksFor(tokens: number, blockSize: number): number {
  return explainBlocksFor(tokens, blockSize).blocks;
}

/** The scenario: S sequences share a prompt of P tokens, then each generates G tokens. */
export interface PrefixSharingInput {
  readonly sequences: number;
  readonly promptTokens: number;
  readonly generatedTokens: number;
  /** B, tokens per block: from 1 to P + G. */
  readonly blockSize: number;
  /** L, the length each sequence would reserve up front in a contiguous cache (≥ P + G). */
  readonly maxLength: number;
}

/** One physical block. */
export interface PhysicalBlock {
  readonly id: number;
  /** The logical block it holds in every table that points at it: token positions logical·B … logical·B + filled − 1. */
  readonly logical: number;
  /** How many block tables point at it. */
  readonly refCount: number;
  /** Token slots written, 0 … B. */
  readonly filled: number;
  /** The sequences whose tables point at it, in order. */
  readonly sequences: readonly number[];
  /** The block it was copied from on write, or null. */
  readonly copiedFrom: number | null;
}

/** One allocation, in the order it happened; step 0 is the prefill, then decode steps 1 … G. */
export type CacheEvent =
  | { readonly kind: "allocate"; readonly step: number; readonly sequence: number | null; readonly block: number }
  | {
      readonly kind: "copy-on-write";
      readonly step: number;
      readonly sequence: number;
      readonly block: number;
      readonly from: number;
    };

/** Everything prefixSharing works out. */
export interface PrefixSharingResult {
  readonly blocks: readonly PhysicalBlock[];
  /** tables[s][logical block] = physical block id. */
  readonly tables: readonly (readonly number[])[];
  readonly events: readonly CacheEvent[];
  /** The counts behind the totals, each with its working. */
  readonly counts: {
    /** ⌈P/B⌉ prompt blocks. */
    readonly prompt: BlockCount;
    /** ⌈(P + G)/B⌉ blocks in each sequence's table. */
    readonly perSequence: BlockCount;
    /** Free slots in the last prompt block, (B − P mod B) mod B: the first generated tokens go there. */
    readonly slotsLeftInPrompt: number;
    /** ⌈max(0, G − slotsLeftInPrompt)/B⌉ fresh blocks per sequence. */
    readonly newPerSequence: BlockCount;
    /** Copies made on write: S − 1 when the prompt ends mid-block and G ≥ 1, else 0. */
    readonly copies: number;
    /** ⌊P/B⌋ full prompt blocks, stored once for every sequence. */
    readonly fullPromptBlocks: number;
    /** Physical blocks holding the prompt's partial last block: 0 (none), 1 (G = 0: still shared) or S (each writes into its own). */
    readonly partialPromptBlocks: number;
    /** S · newPerSequence.blocks: blocks opened by generated tokens. */
    readonly freshBlocks: number;
  };
  /** Physical blocks with sharing: fullPromptBlocks + partialPromptBlocks + freshBlocks. */
  readonly blocksUsed: number;
  /** S·⌈(P + G)/B⌉: every sequence with its own blocks. */
  readonly blocksWithoutSharing: number;
  readonly blocksSaved: number;
  /** blocksSaved · B. */
  readonly slotsSaved: number;
  /** Internal fragmentation with sharing: empty slots in the allocated blocks. */
  readonly pagedEmptySlots: number;
  /** Contiguous pre-allocation: S·L slots reserved, S·(P + G) used, the rest wasted. */
  readonly contiguous: { readonly reservedSlots: number; readonly usedSlots: number; readonly wastedSlots: number };
}

function checkInput(input: PrefixSharingInput): void {
  const op = "prefixSharing";
  const { sequences, promptTokens, generatedTokens, blockSize, maxLength } = input;
  checkWholeInRange(op, "the number of sequences", sequences, PAGED_CACHE_LIMITS.sequences);
  checkWholeInRange(op, "the prompt length", promptTokens, PAGED_CACHE_LIMITS.promptTokens);
  checkWholeInRange(op, "the number of new tokens", generatedTokens, PAGED_CACHE_LIMITS.generatedTokens);
  const length = promptTokens + generatedTokens;
  const why = "the length of a sequence, prompt plus new tokens";
  checkWholeInRange(op, "the block size B", blockSize, { min: 1, max: length }, why);
  const { max } = PAGED_CACHE_LIMITS.maxLength;
  checkWholeInRange(op, "the reserved length", maxLength, { min: length, max }, `at least ${why}`);
}

interface MutableBlock {
  id: number;
  logical: number;
  refCount: number;
  filled: number;
  copiedFrom: number | null;
}

/** The state of the cache after decode step `lastStep` (0: after prefill), and how it got there. */
function simulate(input: PrefixSharingInput, lastStep: number) {
  const { sequences: S, promptTokens: P, blockSize: B } = input;
  const blocks: MutableBlock[] = [];
  const events: CacheEvent[] = [];
  const allocate = (logical: number, filled: number, refCount: number, copiedFrom: number | null) => {
    blocks.push({ id: blocks.length, logical, refCount, filled, copiedFrom });
    return blocks.length - 1;
  };
  const promptIds = Array.from({ length: blocksFor(P, B) }, (_, k) => {
    const id = allocate(k, Math.min(B, P - k * B), S, null);
    events.push({ kind: "allocate", step: 0, sequence: null, block: id });
    return id;
  });
  const tables = Array.from({ length: S }, () => [...promptIds]);
  for (let step = 1; step <= lastStep; step++) {
    const length = P + step - 1; // tokens already stored, so this token's slot
    tables.forEach((table, s) => {
      if (length % B === 0) {
        table.push(allocate(table.length, 0, 1, null));
        events.push({ kind: "allocate", step, sequence: s, block: table.at(-1) as number });
      }
      const last = table.length - 1;
      const shared = blocks[table[last] as number]!;
      if (shared.refCount > 1) {
        shared.refCount -= 1;
        table[last] = allocate(shared.logical, shared.filled, 1, shared.id);
        events.push({ kind: "copy-on-write", step, sequence: s, block: table[last], from: shared.id });
      }
      blocks[table[last] as number]!.filled += 1;
    });
  }
  const physical = blocks.map((b): PhysicalBlock => ({
    ...b,
    sequences: tables.flatMap((t, s) => (t.includes(b.id) ? [s] : [])),
  }));
  return { blocks: physical, tables, events };
}

/**
 * Block tables for S sequences sharing a P-token prompt, then generating G tokens each.
 * Prefill writes the prompt once into ⌈P/B⌉ blocks shared by all S (reference count S).
 * At each decode step the sequences write their token in order 0, 1, …, S − 1. A sequence
 * whose token starts a new block gets a fresh block. One whose token goes into a block still
 * shared (count > 1) copies it first, as vLLM does: so when the prompt ends mid-block,
 * sequences 0 … S − 2 each get a copy, and by the time sequence S − 1 writes the count is 1 and
 * it keeps the original.
 * @throws LimitError for an input outside PAGED_CACHE_LIMITS, B > P + G or L < P + G
 */
export function prefixSharing(input: PrefixSharingInput): PrefixSharingResult {
  checkInput(input);
  const { sequences: S, promptTokens: P, generatedTokens: G, blockSize: B, maxLength: L } = input;
  const { blocks, tables, events } = simulate(input, G);
  const prompt = explainBlocksFor(P, B);
  const slotsLeftInPrompt = (B - (P % B)) % B;
  const newPerSequence = explainBlocksFor(Math.max(0, G - slotsLeftInPrompt), B);
  const perSequence = explainBlocksFor(P + G, B);
  const blocksWithoutSharing = S * perSequence.blocks;
  const blocksSaved = blocksWithoutSharing - blocks.length;
  const partial = prompt.blocks - prompt.fullBlocks;
  return {
    blocks,
    tables,
    events,
    counts: {
      prompt,
      perSequence,
      slotsLeftInPrompt,
      newPerSequence,
      copies: events.filter((e) => e.kind === "copy-on-write").length,
      fullPromptBlocks: prompt.fullBlocks,
      partialPromptBlocks: partial === 0 ? 0 : G > 0 ? S : 1,
      freshBlocks: S * newPerSequence.blocks,
    },
    blocksUsed: blocks.length,
    blocksWithoutSharing,
    blocksSaved,
    slotsSaved: blocksSaved * B,
    pagedEmptySlots: blocks.reduce((sum, b) => sum + B - b.filled, 0),
    contiguous: { reservedSlots: S * L, usedSlots: S * (P + G), wastedSlots: S * (L - P - G) },
  };
}

/** The cache part-way through: after prefill (step 0) or after decode step `step`. */
export interface PagedCacheSnapshot {
  readonly step: number;
  /** Every physical block allocated so far, with its count and fill now. */
  readonly blocks: readonly PhysicalBlock[];
  /** tables[s][logical block] = physical block id, now. */
  readonly tables: readonly (readonly number[])[];
  /** The allocations of this step only (step 0: the prompt's blocks). */
  readonly events: readonly CacheEvent[];
  /** Tokens each sequence holds now: P + step. */
  readonly tokensPerSequence: number;
}

/**
 * The cache of prefixSharing(input) after step `step`, 0 … G: the same process, stopped early.
 * @throws LimitError as prefixSharing, or for a step outside 0 … G
 */
export function pagedCacheAt(input: PrefixSharingInput, step: number): PagedCacheSnapshot {
  checkInput(input);
  checkWholeInRange("pagedCacheAt", "the step", step, { min: 0, max: input.generatedTokens });
  const { blocks, tables, events } = simulate(input, step);
  return {
    step,
    blocks,
    tables,
    events: events.filter((e) => e.step === step),
    tokensPerSequence: input.promptTokens + step,
  };
}

/**
 * Bytes taken by `slots` token slots when each token caches `bytesPerToken` (cacheBytesPerToken).
 * Exact (BigInt).
 * @param slots whole number ≥ 0
 * @param bytesPerToken whole number ≥ 1
 */
export function slotBytes(slots: number, bytesPerToken: number): bigint {
  checkSize("slotBytes", "the number of slots", slots);
  checkSize("slotBytes", "the bytes per token", bytesPerToken, 1);
  return BigInt(slots) * BigInt(bytesPerToken);
}
