/**
 * Grouped-query attention worked by hand: which KV head each query head reads, written in the
 * numbers the pages use for heads (from 1), and what every way of sharing KV heads caches per
 * token. The grouping itself (kvHeadFor, queryHeadsOf) and the cache counts live in gqa.ts.
 */
import {
  attentionKind,
  cacheBytesPerToken,
  cacheValuesPerToken,
  checkHeadCounts,
  kvHeadFor,
  queryHeadsOf,
  type AttentionKind,
} from "./gqa.ts";
import { checkWholeInRange, type WholeRange } from "./limits.ts";

/**
 * The head counts the grouping figure takes: up to 16 query heads, and as many KV heads. Real
 * models have more (Llama 3 8B: 32 query heads, 8 KV heads); 16 still fit on a phone.
 */
export const HEAD_GROUP_LIMITS: Readonly<{ queryHeads: WholeRange; kvHeads: WholeRange }> = {
  queryHeads: { min: 1, max: 16 },
  kvHeads: { min: 1, max: 16 },
};

/** Which KV head one query head reads, with the numbers that show it. Heads are numbered from 1. */
export interface KvHeadChoice {
  /** The query head, numbered from 1 ("query head 3"). */
  readonly queryHeadNumber: number;
  /** h, the number of query heads. */
  readonly queryHeads: number;
  /** The number of KV heads. */
  readonly kvHeads: number;
  /** h / (KV heads): how many consecutive query heads share one KV head. */
  readonly groupSize: number;
  /** ⌈queryHeadNumber / groupSize⌉: the KV head it reads, numbered from 1. */
  readonly kvHeadNumber: number;
  /** Every query head (numbered from 1) that reads the same KV head, this one included. */
  readonly sharedBy: readonly number[];
}

/**
 * Which KV head query head `queryHead` reads: ⌈i / group size⌉ for query head number i = queryHead + 1.
 * @param queryHead 0-based, 0 … queryHeads − 1
 * @throws HeadCountError when queryHeads is not a multiple of kvHeads; RangeError for a bad index
 */
export function explainKvHeadFor(queryHead: number, queryHeads: number, kvHeads: number): KvHeadChoice {
  const groupSize = checkHeadCounts(queryHeads, kvHeads);
  const kvHead = kvHeadFor(queryHead, queryHeads, kvHeads);
  return {
    queryHeadNumber: queryHead + 1,
    queryHeads,
    kvHeads,
    groupSize,
    kvHeadNumber: kvHead + 1,
    sharedBy: queryHeadsOf(kvHead, queryHeads, kvHeads).map((h) => h + 1),
  };
}

/**
 * Every number of KV heads that h query heads can share: the divisors of h, largest first, so
 * the list runs from multi-head attention (h KV heads) to multi-query attention (1).
 */
export function kvHeadChoices(queryHeads: number): number[] {
  checkWholeInRange("kvHeadChoices", "the number of query heads", queryHeads, HEAD_GROUP_LIMITS.queryHeads);
  return Array.from({ length: queryHeads }, (_, k) => queryHeads - k).filter((g) => queryHeads % g === 0);
}

/** What one way of sharing KV heads caches for every token. */
export interface SharingCost {
  readonly kind: AttentionKind;
  readonly kvHeads: number;
  /** Query heads per KV head; also how many times smaller than multi-head attention the cache is. */
  readonly groupSize: number;
  /** Key rows plus value rows added per token and layer: kvHeads + kvHeads. */
  readonly rowsPerTokenPerLayer: number;
  /** Numbers added per token and layer: 2 · kvHeads · d_head. */
  readonly valuesPerTokenPerLayer: number;
  /** Bytes added per token over all layers: 2 · layers · kvHeads · d_head · bytes. */
  readonly bytesPerToken: number;
}

/** The shape the comparison is worked out for; bytesPerValue is 1, 2 or 4 as in cache-size.ts. */
export interface SharingShape {
  readonly queryHeads: number;
  readonly dHead: number;
  readonly layers: number;
  readonly bytesPerValue: number;
}

/**
 * The cache per token for every way the query heads can share KV heads (kvHeadChoices), from
 * multi-head attention down to multi-query attention.
 * @throws LimitError for too many query heads; RangeError for counts outside CACHE_LIMITS
 */
export function compareSharing({ queryHeads, dHead, layers, bytesPerValue }: SharingShape): SharingCost[] {
  return kvHeadChoices(queryHeads).map((kvHeads) => ({
    kind: attentionKind(queryHeads, kvHeads),
    kvHeads,
    groupSize: queryHeads / kvHeads,
    rowsPerTokenPerLayer: 2 * kvHeads,
    valuesPerTokenPerLayer: cacheValuesPerToken(kvHeads, dHead),
    bytesPerToken: cacheBytesPerToken(layers, kvHeads, dHead, bytesPerValue),
  }));
}
