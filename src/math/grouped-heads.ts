/**
 * Grouped key/value heads: H query heads share G key/value heads, H a multiple of G
 * (Ainslie et al. 2023). G = H is ordinary multi-head attention (MHA), G = 1 multi-query
 * attention (MQA, Shazeer 2019), anything between grouped-query attention (GQA). Each query head
 * still has its own W_q; only the cache shrinks, to 2·G·d_head numbers per token and layer.
 *
 * Heads are indexed from 0 here, as code does; the site names them "head 1", "head 2", ….
 */
import { checkIndex } from "./shape.ts";

/** Which kind of attention a head count gives. */
export type AttentionVariant = "MHA" | "GQA" | "MQA";

/** Thrown when the query heads cannot be shared evenly among the KV heads. */
export class HeadCountError extends Error {
  override readonly name = "HeadCountError";
  readonly queryHeads: number;
  readonly kvHeads: number;

  constructor(queryHeads: number, kvHeads: number, detail?: string) {
    const q = `${queryHeads} query ${queryHeads === 1 ? "head" : "heads"}`;
    const kv = `${kvHeads} KV ${kvHeads === 1 ? "head" : "heads"}`;
    super(detail ?? `${q} cannot share ${kv}: the query heads must be a multiple of the KV heads.`);
    this.queryHeads = queryHeads;
    this.kvHeads = kvHeads;
  }
}

/**
 * Check that H and G are whole numbers ≥ 1 and H is a multiple of G.
 * @throws HeadCountError in plain words
 */
export function checkHeadCounts(queryHeads: number, kvHeads: number): void {
  for (const [n, what] of [[queryHeads, "query heads"], [kvHeads, "KV heads"]] as const) {
    if (Number.isInteger(n) && n >= 1) continue;
    throw new HeadCountError(
      queryHeads,
      kvHeads,
      `The number of ${what} must be a whole number ≥ 1; received ${n}.`,
    );
  }
  if (queryHeads % kvHeads !== 0) throw new HeadCountError(queryHeads, kvHeads);
}

/**
 * The KV head that query head h reads: ⌊h·G/H⌋, so consecutive query heads share one (with
 * H = 4, G = 2: heads 0 and 1 read KV head 0, heads 2 and 3 read KV head 1).
 * @param queryHead h, 0 … H − 1
 * @param queryHeads H
 * @param kvHeads G, with H a multiple of G
 * @throws HeadCountError, or RangeError for an h out of range
 */
export function kvHeadFor(queryHead: number, queryHeads: number, kvHeads: number): number {
  checkHeadCounts(queryHeads, kvHeads);
  checkIndex("kvHeadFor", "query head", queryHead, queryHeads);
  return Math.floor((queryHead * kvHeads) / queryHeads);
}

/**
 * The query heads that read KV head g, in order: H/G of them.
 * @param kvHead g, 0 … G − 1
 */
export function queryHeadsOf(kvHead: number, queryHeads: number, kvHeads: number): number[] {
  checkHeadCounts(queryHeads, kvHeads);
  checkIndex("queryHeadsOf", "KV head", kvHead, kvHeads);
  const group = queryHeads / kvHeads;
  return Array.from({ length: group }, (_, k) => kvHead * group + k);
}

/**
 * Numbers the cache holds per token and layer: one key and one value row of d_head per KV
 * head, 2·G·d_head. It does not depend on the number of query heads.
 * @param kvHeads G, ≥ 1
 * @param dHead d_head, ≥ 1
 */
export function cacheValuesPerToken(kvHeads: number, dHead: number): number {
  for (const [n, what] of [[kvHeads, "the number of KV heads"], [dHead, "d_head"]] as const) {
    if (!Number.isInteger(n) || n < 1) {
      throw new RangeError(`cacheValuesPerToken: ${what} must be a whole number ≥ 1; received ${n}.`);
    }
  }
  return 2 * kvHeads * dHead;
}

/**
 * MHA when every query head has its own KV head (G = H), MQA when all share one (G = 1,
 * H > 1), GQA otherwise.
 */
export function attentionVariant(queryHeads: number, kvHeads: number): AttentionVariant {
  checkHeadCounts(queryHeads, kvHeads);
  if (kvHeads === queryHeads) return "MHA";
  return kvHeads === 1 ? "MQA" : "GQA";
}
