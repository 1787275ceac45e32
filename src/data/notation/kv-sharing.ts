/**
 * Symbols of the pages on sharing the KV cache: grouped- and multi-query attention, and the paged
 * cache. h keeps its site-wide meaning (the number of query heads); the KV heads get their own
 * subscripted symbol rather than a new letter.
 */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "h",
    sub: "kv",
    meaning:
      "The number of key/value heads a layer caches: h with multi-head attention, 1 with multi-query attention, a divisor of h in between (grouped-query attention); the cache holds 2 · h_kv · d_head numbers per token and layer.",
    shape: "whole number",
    introducedIn: "kv-cache-cost",
  },
  {
    symbol: "g",
    meaning: "The group size g = h / h_kv: how many consecutive query heads read one key/value head.",
    shape: "whole number",
    introducedIn: "grouped-query-attention",
  },
  {
    symbol: "B",
    meaning: "The block size of a paged KV cache: how many tokens' keys and values one block holds.",
    shape: "whole number",
    introducedIn: "paged-kv-cache",
  },
  {
    symbol: "P",
    meaning: "The number of prompt tokens several sequences share in a paged KV cache.",
    shape: "whole number",
    introducedIn: "paged-kv-cache",
  },
  {
    symbol: "L",
    meaning: "The length a contiguous KV cache reserves for each sequence up front, in tokens.",
    shape: "whole number",
    introducedIn: "paged-kv-cache",
  },
];
