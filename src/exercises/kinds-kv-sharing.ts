/**
 * "Check yourself" kinds for sharing the KV cache: which KV head a query head reads under
 * grouped-query attention, and how many physical blocks a paged cache needs when several
 * sequences share a prompt. Answers, working, hints and slips are computed from src/math.
 */
import { explainKvHeadFor, prefixSharing, type Rng } from "../math/index.ts";
import type { SolvedExercise, Slip } from "./kinds.ts";

/** The kv-sharing exercises as declared in MDX. Heads count from 1, as the pages write them. */
export type KvSharingExerciseSpec =
  /** Which KV head query head `queryHead` (from 1) reads when `queryHeads` share `kvHeads`. */
  | { readonly kind: "kv-head-for"; readonly queryHeads: number; readonly kvHeads: number; readonly queryHead: number }
  /** Physical blocks a paged cache holds once `sequences` sharing a prompt have each generated their tokens. */
  | {
      readonly kind: "paged-blocks";
      readonly sequences: number;
      readonly promptTokens: number;
      readonly generatedTokens: number;
      readonly blockSize: number;
    };

/** Adds only slips whose value differs from the answer and from every slip before it. */
function distinct(answer: number, slips: readonly Slip<number>[]): Slip<number>[] {
  const seen = new Set([answer]);
  return slips.filter((s) => !seen.has(s.value) && (seen.add(s.value), true));
}

function solveKvHeadFor(s: Extract<KvSharingExerciseSpec, { kind: "kv-head-for" }>): SolvedExercise {
  if (s.queryHead > s.queryHeads) {
    throw new RangeError(`the query head must be a head number from 1 to ${s.queryHeads}; received ${s.queryHead}.`);
  }
  const c = explainKvHeadFor(s.queryHead - 1, s.queryHeads, s.kvHeads);
  const i = c.queryHeadNumber;
  const g = c.groupSize;
  const interleaved = ((i - 1) % s.kvHeads) + 1;
  return {
    answer: "number",
    prompt: `${s.queryHeads} query heads share ${s.kvHeads} KV ${s.kvHeads === 1 ? "head" : "heads"}, each KV head read by a group of consecutive query heads. Which KV head does query head ${i} read? (Heads are numbered from 1.)`,
    tables: [],
    hint: "First work out how many query heads share one KV head; the groups are consecutive: the first group reads KV head 1.",
    working: [
      `group size = ${s.queryHeads} / ${s.kvHeads} = ${g} query heads per KV head`,
      `query head ${i} is in group ⌈${i} / ${g}⌉ = ${c.kvHeadNumber}, so it reads KV head ${c.kvHeadNumber}, shared by query heads ${c.sharedBy.join(", ")}`,
    ],
    value: c.kvHeadNumber,
    setup: `⌈${i} / (${s.queryHeads} / ${s.kvHeads})⌉`,
    slips: distinct(c.kvHeadNumber, [
      {
        value: c.kvHeadNumber - 1,
        why: `That counts KV heads from 0. The pages number heads from 1, so the first group reads KV head 1.`,
      },
      {
        value: interleaved,
        why: `That deals the query heads out in turn (1, 2, …, 1, 2, …). The groups are consecutive: query heads 1 to ${g} read KV head 1.`,
      },
      {
        value: Math.ceil(i / s.kvHeads),
        why: `That divides by the ${s.kvHeads} KV heads. Divide by the group size, ${s.queryHeads} / ${s.kvHeads} = ${g}.`,
      },
    ]),
  };
}

function solvePagedBlocks(s: Extract<KvSharingExerciseSpec, { kind: "paged-blocks" }>): SolvedExercise {
  const { sequences: S, promptTokens: P, generatedTokens: G, blockSize: B } = s;
  const r = prefixSharing({ ...s, maxLength: P + G });
  const { prompt, copies, fullPromptBlocks, partialPromptBlocks, freshBlocks, newPerSequence } = r.counts;
  return {
    answer: "number",
    prompt: `A paged cache stores ${B} tokens per block. ${S} sequences share a ${P}-token prompt, then each generates ${G} tokens of its own. How many physical blocks hold the cache at the end, counting a block shared by several sequences once?`,
    tables: [],
    hint: "The prompt's full blocks are stored once. A prompt block left part-full is copied by every sequence but one when they write their first own token into it. Then count each sequence's new blocks.",
    working: [
      `prompt: ⌈${P} / ${B}⌉ = ${prompt.blocks} blocks, ${fullPromptBlocks} of them full and shared by all ${S}`,
      partialPromptBlocks === 0
        ? `the prompt fills its last block, so nothing is copied`
        : partialPromptBlocks === 1
          ? `the last prompt block is part-full but nobody writes into it, so it stays shared`
          : `the last prompt block is part-full: ${copies} of the ${S} sequences copy it on write, so it exists ${partialPromptBlocks} times`,
      `each sequence's tokens after the prompt block: ⌈${newPerSequence.tokens} / ${B}⌉ = ${newPerSequence.blocks} new blocks, ${S} · ${newPerSequence.blocks} = ${freshBlocks} in all`,
      `${fullPromptBlocks} + ${partialPromptBlocks} + ${freshBlocks} = ${r.blocksUsed} physical blocks (${r.blocksWithoutSharing} without sharing)`,
    ],
    value: r.blocksUsed,
    setup: `${fullPromptBlocks} + ${partialPromptBlocks} + ${freshBlocks}`,
    slips: distinct(r.blocksUsed, [
      {
        value: r.blocksWithoutSharing,
        why: `That gives every sequence its own copy of the prompt: ${S} · ⌈${P + G} / ${B}⌉. The full prompt blocks are stored once and shared.`,
      },
      {
        value: prompt.blocks + freshBlocks,
        why: `That forgets the copies: a sequence writing into a shared, part-full block copies it first.`,
      },
      {
        value: Math.ceil((P + S * G) / B),
        why: `That packs every sequence's tokens together. Each block belongs to one sequence (or is shared whole).`,
      },
    ]),
  };
}

/**
 * Works a kv-sharing exercise out.
 * @throws HeadCountError, LimitError or RangeError when the numbers do not fit (e.g. 4 query heads and 3 KV heads)
 */
export function solveKvSharingExercise(spec: KvSharingExerciseSpec): SolvedExercise {
  return spec.kind === "kv-head-for" ? solveKvHeadFor(spec) : solvePagedBlocks(spec);
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** A variant with small whole numbers: 4, 6 or 8 query heads; 2 or 3 sequences; blocks of 2 to 4 tokens. */
export function generateKvSharingExercise(spec: KvSharingExerciseSpec, rng: Rng): KvSharingExerciseSpec {
  if (spec.kind === "kv-head-for") {
    const queryHeads = [4, 6, 8][int(rng, 0, 2)]!;
    const divisors = Array.from({ length: queryHeads - 1 }, (_, k) => k + 2).filter(
      (g) => queryHeads % g === 0 && g < queryHeads,
    );
    const kvHeads = divisors[int(rng, 0, divisors.length - 1)]!;
    return { kind: spec.kind, queryHeads, kvHeads, queryHead: int(rng, 1, queryHeads) };
  }
  return {
    kind: spec.kind,
    sequences: int(rng, 2, 3),
    promptTokens: int(rng, 3, 10),
    generatedTokens: int(rng, 1, 6),
    blockSize: int(rng, 2, 4),
  };
}
