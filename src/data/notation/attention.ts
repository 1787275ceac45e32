/** Symbols of the attention pages: scores, scaling, softmax, masks, weighted sums, heads. */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "d",
    sub: "k",
    meaning: "The per-head size of queries and keys; scores are divided by √d_k.",
    shape: "whole number",
    introducedIn: "attention-scores",
  },
  {
    symbol: "d",
    sub: "v",
    meaning: "The per-head size of values, and so of each head’s output rows.",
    shape: "whole number",
    introducedIn: "weighted-sum-of-values",
  },
  {
    symbol: "t",
    meaning: "The number of keys a query is scored against (rows of K and V; in decoding, the tokens in the cache).",
    shape: "whole number",
    introducedIn: "attention-scores",
  },
  {
    symbol: "S",
    meaning: "The scores: S = QKᵀ, one row per query, one column per key.",
    shape: "n × t matrix",
    introducedIn: "attention-scores",
  },
  {
    symbol: "S",
    sub: "ij",
    meaning: "The score of query i against key j: q_i · k_j (divided by √d_k once scaled).",
    shape: "number",
    introducedIn: "attention-scores",
  },
  {
    symbol: "A",
    meaning: "The attention weights: softmax of each row of the scaled (and masked) scores.",
    shape: "n × t matrix",
    introducedIn: "softmax",
  },
  {
    symbol: "A",
    sub: "ij",
    meaning: "How much query i takes from value j; each row sums to 1.",
    shape: "number from 0 to 1",
    introducedIn: "softmax",
  },
  {
    symbol: "e",
    meaning: "Euler’s number, about 2.718: eˣ is exp(x).",
    shape: "number",
    introducedIn: "softmax",
  },
  {
    symbol: "m",
    meaning:
      "The largest score of a row, subtracted before exp so that no exponential overflows; read tile by tile, the largest seen so far.",
    shape: "number",
    introducedIn: "softmax",
  },
  {
    symbol: "M",
    meaning: "The causal mask added to the scores: 0 where key j ≤ query i, −∞ where j > i.",
    shape: "n × n matrix",
    introducedIn: "causal-masking",
  },
  {
    symbol: "O",
    meaning: "The output of attention: O = AV, row i a weighted sum of the value rows.",
    shape: "n × d_v matrix",
    introducedIn: "weighted-sum-of-values",
  },
  {
    symbol: "o",
    sub: "i",
    meaning: "Row i of O: the output of token i.",
    shape: "row of d_v numbers",
    introducedIn: "weighted-sum-of-values",
  },
  {
    symbol: "h",
    meaning: "The number of attention heads; heads are counted from 1 (head 1 … head h).",
    shape: "whole number",
    introducedIn: "multi-head-attention",
  },
  {
    symbol: "head",
    sub: "i",
    meaning: "The output of head i (counted from 1): attention with that head’s own W_Q, W_K and W_V.",
    shape: "n × d_v matrix",
    introducedIn: "multi-head-attention",
  },
  {
    symbol: "W",
    sub: "O",
    meaning: "The output weight matrix: mixes the concatenated heads and writes them into the residual stream.",
    shape: "h·d_v × d_model matrix",
    introducedIn: "multi-head-attention",
  },
];
