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

/** One physical block at the end. */
export interface PhysicalBlock {
  readonly id: number;
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
  };
  /** Physical blocks with sharing: ⌊P/B⌋ + (partial last prompt block: S if G ≥ 1, else 1) + S·new. */
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
  checkWholeInRange(op, "the number of sequences S", sequences, PAGED_CACHE_LIMITS.sequences);
  checkWholeInRange(op, "the prompt length P", promptTokens, PAGED_CACHE_LIMITS.promptTokens);
  checkWholeInRange(op, "the generated tokens G", generatedTokens, PAGED_CACHE_LIMITS.generatedTokens);
  const length = promptTokens + generatedTokens;
  checkWholeInRange(op, "the block size B", blockSize, { min: 1, max: length }, "the sequence length P + G");
  const { max } = PAGED_CACHE_LIMITS.maxLength;
  checkWholeInRange(op, "the reserved length L", maxLength, { min: length, max }, "at least P + G");
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
  const blocks: { id: number; refCount: number; filled: number; copiedFrom: number | null }[] = [];
  const events: CacheEvent[] = [];
  const allocate = (filled: number, refCount: number, copiedFrom: number | null) => {
    blocks.push({ id: blocks.length, refCount, filled, copiedFrom });
    return blocks.length - 1;
  };
  const prompt = explainBlocksFor(P, B);
  const promptIds = Array.from({ length: prompt.blocks }, (_, k) => {
    const id = allocate(Math.min(B, P - k * B), S, null);
    events.push({ kind: "allocate", step: 0, sequence: null, block: id });
    return id;
  });
  const tables = Array.from({ length: S }, () => [...promptIds]);
  for (let step = 1; step <= G; step++) {
    const length = P + step - 1; // tokens already stored, so this token's slot
    tables.forEach((table, s) => {
      if (length % B === 0) {
        table.push(allocate(0, 1, null));
        events.push({ kind: "allocate", step, sequence: s, block: table.at(-1) as number });
      }
      const last = table.length - 1;
      const shared = blocks[table[last] as number]!;
      if (shared.refCount > 1) {
        shared.refCount -= 1;
        table[last] = allocate(shared.filled, 1, shared.id);
        events.push({ kind: "copy-on-write", step, sequence: s, block: table[last], from: shared.id });
      }
      blocks[table[last] as number]!.filled += 1;
    });
  }
  const slotsLeftInPrompt = (B - (P % B)) % B;
  const perSequence = explainBlocksFor(P + G, B);
  const blocksWithoutSharing = S * perSequence.blocks;
  const blocksSaved = blocksWithoutSharing - blocks.length;
  return {
    blocks: blocks.map((b) => ({ ...b, sequences: tables.flatMap((t, s) => (t.includes(b.id) ? [s] : [])) })),
    tables,
    events,
    counts: {
      prompt,
      perSequence,
      slotsLeftInPrompt,
      newPerSequence: explainBlocksFor(Math.max(0, G - slotsLeftInPrompt), B),
      copies: events.filter((e) => e.kind === "copy-on-write").length,
    },
    blocksUsed: blocks.length,
    blocksWithoutSharing,
    blocksSaved,
    slotsSaved: blocksSaved * B,
    pagedEmptySlots: blocks.reduce((sum, b) => sum + B - b.filled, 0),
    contiguous: { reservedSlots: S * L, usedSlots: S * (P + G), wastedSlots: S * (L - P - G) },
  };
}
