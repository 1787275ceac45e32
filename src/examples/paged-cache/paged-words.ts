/**
 * The paged cache in words: the step's status sentence, what one entry of a block table points
 * at, and the memory summary. Pure functions of the math's results, shared by the view, its
 * readout and the text version.
 */
import {
  CACHE_PRESETS,
  cacheBytesPerToken,
  formatBytes,
  groupDigits,
  slotBytes,
  type PagedCacheSnapshot,
  type PrefixSharingInput,
  type PrefixSharingResult,
} from "../../math/index.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${groupDigits(n)} ${n === 1 ? one : many}`;

/** "sequences 0 and 1", "sequences 0, 1 and 2", "sequence 1". */
export function sequenceList(sequences: readonly number[]): string {
  if (sequences.length === 1) return `sequence ${sequences[0]}`;
  return `sequences ${sequences.slice(0, -1).join(", ")} and ${sequences.at(-1)}`;
}

/** The sentence the live region announces for a step. */
export function describePagedStep(input: PrefixSharingInput, at: PagedCacheSnapshot): string {
  const { sequences: S, generatedTokens: G } = input;
  const pool = plural(at.blocks.length, "physical block");
  if (at.step === 0) {
    return `Step 0 of ${G}, after prefill: the ${plural(input.promptTokens, "prompt token")} are written once, into ${pool} that all ${plural(S, "sequence")} share.`;
  }
  const copies = at.events.filter((e) => e.kind === "copy-on-write").length;
  const fresh = at.events.filter((e) => e.kind === "allocate").length;
  const what = [
    copies > 0 ? `${plural(copies, "copy", "copies")} on write` : "",
    fresh > 0 ? `${plural(fresh, "new block")}` : "",
  ].filter(Boolean);
  return `Step ${at.step} of ${G}: each sequence writes its own token ${at.tokensPerSequence - 1}${what.length ? ` (${what.join(", ")})` : ""}; ${pool} in use.`;
}

/**
 * What entry (sequence, logical block) of the block tables points at: the tokens it holds, the
 * physical block, who shares it and where it came from.
 */
export function describeTableEntry(
  input: PrefixSharingInput,
  at: PagedCacheSnapshot,
  sequence: number,
  logical: number,
): string {
  const B = input.blockSize;
  const id = at.tables[sequence]![logical]!;
  const block = at.blocks[id]!;
  const first = logical * B;
  const tokens =
    block.filled === 0
      ? "no tokens yet"
      : block.filled === 1
        ? `token ${first}`
        : `tokens ${first} to ${first + block.filled - 1}`;
  const room = B - block.filled;
  const shared =
    block.refCount > 1
      ? `shared by ${sequenceList(block.sequences)} (reference count ${block.refCount}), so it is stored once`
      : `used by ${sequenceList(block.sequences)} only (reference count 1)`;
  const origin =
    block.copiedFrom !== null
      ? ` It was copied from block ${block.copiedFrom} when sequence ${sequence} first wrote a token of its own into that shared block (copy on write).`
      : first + block.filled <= input.promptTokens
        ? " It was written by prefill."
        : first < input.promptTokens
          ? ` Prefill wrote its prompt ${first === input.promptTokens - 1 ? `token ${first}` : `tokens ${first} to ${input.promptTokens - 1}`}; the rest are ${sequenceList(block.sequences)}’s own.`
          : ` It holds only ${sequenceList(block.sequences)}’s own tokens, in a block taken when the last one was full.`;
  const fill = `${block.filled} of ${B} slots filled${room > 0 ? `, ${plural(room, "slot")} free` : ""}`;
  return `Sequence ${sequence}, logical block ${logical} → physical block ${id}: ${tokens} (${fill}), ${shared}.${origin}`;
}

/** The preset whose cache per token the memory summary uses: Llama 3 8B in bf16. */
export const BYTES_PRESET = CACHE_PRESETS.find((p) => p.id === "llama3-8b")!;

/** K and V bytes one token takes in BYTES_PRESET, with its working. */
export function presetBytesPerToken(): { bytes: number; working: string } {
  const { layers, kvHeads, headDim, bytesPerValue } = BYTES_PRESET.shape;
  const bytes = cacheBytesPerToken(layers, kvHeads, headDim, bytesPerValue);
  return { bytes, working: `2 · ${layers} · ${kvHeads} · ${headDim} · ${bytesPerValue} = ${groupDigits(bytes)} bytes` };
}

const size = (slots: number, perToken: number) => formatBytes(slotBytes(slots, perToken)).binary;

/** The memory summary after the last step, one sentence each: sharing, then contiguous pre-allocation. */
export function memoryLines(input: PrefixSharingInput, r: PrefixSharingResult): string[] {
  const { sequences: S, promptTokens: P, generatedTokens: G, blockSize: B, maxLength: L } = input;
  const per = presetBytesPerToken();
  const c = r.counts;
  return [
    `Without sharing, every sequence keeps its own ⌈${P + G}/${B}⌉ = ${plural(c.perSequence.blocks, "block")}: ${S} · ${c.perSequence.blocks} = ${plural(r.blocksWithoutSharing, "block")}.`,
    `With sharing: ${c.fullPromptBlocks} full prompt ${c.fullPromptBlocks === 1 ? "block" : "blocks"} stored once, + ${c.partialPromptBlocks} for the prompt's part-full last block (${c.copies === 0 ? "no copies" : `${plural(c.copies, "copy", "copies")} on write`}), + ${c.freshBlocks} new = ${plural(r.blocksUsed, "block")}. Saved: ${plural(r.blocksSaved, "block")}, ${plural(r.slotsSaved, "token slot")}.`,
    `At ${BYTES_PRESET.name}'s K and V per token (${per.working}), the saving is ${size(r.slotsSaved, per.bytes)}; the paged cache leaves ${plural(r.pagedEmptySlots, "slot")} (${size(r.pagedEmptySlots, per.bytes)}) empty in part-full blocks.`,
    `A contiguous cache reserving ${groupDigits(L)} tokens per sequence takes ${S} · ${groupDigits(L)} = ${plural(r.contiguous.reservedSlots, "slot")} (${size(r.contiguous.reservedSlots, per.bytes)}), uses ${groupDigits(r.contiguous.usedSlots)} and wastes ${plural(r.contiguous.wastedSlots, "slot")} (${size(r.contiguous.wastedSlots, per.bytes)}), and cannot share the prompt.`,
  ];
}
