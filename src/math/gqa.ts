/**
 * Grouped-query attention (Ainslie et al. 2023) and multi-query attention (Shazeer 2019):
 * every query head keeps its own W_q, but the query heads are split into equal groups and each
 * group shares one key/value head. Fewer KV heads means fewer keys and values to cache.
 * Heads are indexed from 0 in code (the site writes "head 1" for index 0).
 */
import { projectRows, scaledDotProductAttention, type AttentionOptions, type AttentionResult } from "./attention.ts";
import { checkCacheValue, kvCacheBytes } from "./cache-size.ts";
import { concatHeads } from "./heads.ts";
import { checkIndex, checkSize, type Matrix } from "./shape.ts";

/** Thrown when the query heads cannot be split evenly among the KV heads. */
export class HeadCountError extends RangeError {
  override readonly name = "HeadCountError";
  readonly queryHeads: number;
  readonly kvHeads: number;

  constructor(queryHeads: number, kvHeads: number) {
    super(
      `${queryHeads} query heads cannot share ${kvHeads} KV heads: the number of query heads ` +
        `must be a multiple of the number of KV heads.`,
    );
    this.queryHeads = queryHeads;
    this.kvHeads = kvHeads;
  }
}

/** "MHA": one KV head per query head; "GQA": groups of query heads share one; "MQA": all share one. */
export type AttentionKind = "MHA" | "GQA" | "MQA";

function checkGrouping(op: string, queryHeads: number, kvHeads: number): number {
  checkSize(op, "the number of query heads", queryHeads, 1);
  checkSize(op, "the number of KV heads", kvHeads, 1);
  if (queryHeads % kvHeads !== 0) throw new HeadCountError(queryHeads, kvHeads);
  return queryHeads / kvHeads;
}

/**
 * Checks that H query heads can share G KV heads (both whole numbers ≥ 1, H a multiple of G)
 * and returns the group size H/G.
 * @throws HeadCountError in plain words, or RangeError for a count that is not a whole number ≥ 1
 */
export function checkHeadCounts(queryHeads: number, kvHeads: number): number {
  return checkGrouping("checkHeadCounts", queryHeads, kvHeads);
}

/**
 * The query heads that read KV head g, in order: H/G consecutive heads.
 * @param kvHead g, 0 … G − 1
 */
export function queryHeadsOf(kvHead: number, queryHeads: number, kvHeads: number): number[] {
  const group = checkGrouping("queryHeadsOf", queryHeads, kvHeads);
  checkIndex("queryHeadsOf", "KV head", kvHead, kvHeads);
  return Array.from({ length: group }, (_, k) => kvHead * group + k);
}

/**
 * The KV head that query head `queryHead` reads: groups of queryHeads / kvHeads consecutive
 * query heads share one KV head, so it is ⌊queryHead / group size⌋.
 * @param queryHead 0-based, in 0 … queryHeads − 1
 * @throws HeadCountError when queryHeads is not a multiple of kvHeads
 */
export function kvHeadFor(queryHead: number, queryHeads: number, kvHeads: number): number {
  const groupSize = checkGrouping("kvHeadFor", queryHeads, kvHeads);
  checkIndex("kvHeadFor", "query head", queryHead, queryHeads);
  return Math.floor(queryHead / groupSize);
}

/**
 * Which kind of attention a head count describes. Equal counts are "MHA" (so is a single head
 * with a single KV head); one KV head for several query heads is "MQA"; anything between, "GQA".
 * @throws HeadCountError when queryHeads is not a multiple of kvHeads
 */
export function attentionKind(queryHeads: number, kvHeads: number): AttentionKind {
  checkGrouping("attentionKind", queryHeads, kvHeads);
  if (kvHeads === queryHeads) return "MHA";
  return kvHeads === 1 ? "MQA" : "GQA";
}

/**
 * Numbers cached per token and per layer: one key and one value per KV head, 2·kvHeads·dHead.
 * Query heads do not appear: the cache never stores Q.
 * @throws RangeError when a count is outside CACHE_LIMITS
 */
export function cacheValuesPerToken(kvHeads: number, dHead: number): number {
  for (const [field, value] of [
    ["kvHeads", kvHeads],
    ["headDim", dHead],
  ] as const) {
    const checked = checkCacheValue(field, value);
    if (!checked.ok) throw new RangeError(`cacheValuesPerToken: ${checked.message}`);
  }
  return 2 * kvHeads * dHead;
}

/**
 * Bytes cached per token over all layers: layers · 2 · kvHeads · dHead · bytesPerValue
 * (kvCacheBytes with one token and batch 1; exact, far below 2⁵³).
 * @throws RangeError when a count is outside CACHE_LIMITS or bytesPerValue is not 1, 2 or 4
 */
export function cacheBytesPerToken(layers: number, kvHeads: number, dHead: number, bytesPerValue: number): number {
  const shape = { layers, kvHeads, headDim: dHead, seqLen: 1, batch: 1, bytesPerValue };
  return Number(kvCacheBytes(shape));
}

/** One shared key/value head: its weights, each of shape [d_model, head size]. */
export interface KvHeadWeights {
  readonly Wk: Matrix;
  readonly Wv: Matrix;
}

/** The keys and values one KV head projected; shared by every query head of its group. */
export interface KvHeadProjection {
  /** XW_k, shape [n, d_k]. */
  readonly K: Matrix;
  /** XW_v, shape [n, d_v]. */
  readonly V: Matrix;
}

/** One query head's attention: its own Q against its group's shared K and V. */
export interface QueryHeadAttention extends AttentionResult {
  /** 0-based query head index. */
  readonly queryHead: number;
  /** 0-based index of the KV head it reads. */
  readonly kvHead: number;
  readonly Q: Matrix;
  /** The same arrays as kv[kvHead].K and .V. */
  readonly K: Matrix;
  readonly V: Matrix;
}

/** The result of groupedQueryAttention. */
export interface GroupedQueryResult {
  readonly kind: AttentionKind;
  /** Query heads per KV head. */
  readonly groupSize: number;
  /** One entry per KV head, computed once and shared. */
  readonly kv: readonly KvHeadProjection[];
  /** One entry per query head, in order. */
  readonly heads: readonly QueryHeadAttention[];
  /** The query heads' outputs side by side, shape [n, queryHeads · d_v]. */
  readonly concat: Matrix;
  /** concat·W_O, shape [n, d_out]. */
  readonly output: Matrix;
}

/**
 * Grouped-query attention: K = XW_k and V = XW_v once per KV head; for each query head,
 * Q = XW_q and softmax(QKᵀ/√d_k)V with its group's K and V; then concat(heads)·W_O.
 * With as many KV heads as query heads this is multiHeadAttention; with one it is MQA.
 * @param X shape [n, d_model]
 * @param Wq one matrix per query head, each [d_model, d_k]
 * @param kvHeads one KvHeadWeights per KV head (Wk [d_model, d_k], Wv [d_model, d_v])
 * @param WO shape [queryHeads · d_v, d_out]
 * @throws HeadCountError when Wq.length is not a multiple of kvHeads.length; ShapeError on
 *   a shape mismatch
 */
export function groupedQueryAttention(
  X: Matrix,
  Wq: readonly Matrix[],
  kvHeads: readonly KvHeadWeights[],
  WO: Matrix,
  { causal = false }: AttentionOptions = {},
): GroupedQueryResult {
  const groupSize = checkGrouping("groupedQueryAttention", Wq.length, kvHeads.length);
  const kv = kvHeads.map(({ Wk, Wv }) => ({ K: projectRows(X, Wk), V: projectRows(X, Wv) }));
  const heads = Wq.map((W, queryHead): QueryHeadAttention => {
    const kvHead = Math.floor(queryHead / groupSize);
    const { K, V } = kv[kvHead] as KvHeadProjection;
    const Q = projectRows(X, W);
    return { ...scaledDotProductAttention(Q, K, V, { causal }), queryHead, kvHead, Q, K, V };
  });
  const concat = concatHeads(heads.map((h) => h.output));
  return {
    kind: attentionKind(Wq.length, kvHeads.length),
    groupSize,
    kv,
    heads,
    concat,
    output: projectRows(concat, WO),
  };
}
