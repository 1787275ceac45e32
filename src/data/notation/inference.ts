/** Symbols of the inference pages: decoding with a KV cache and what the cache costs. */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "ℓ",
    meaning: "A layer of the model; layers are counted from 1 (layer 1, layer 2).",
    shape: "whole number",
    introducedIn: "kv-cache",
  },
  {
    symbol: "r",
    meaning: "The residual stream of a token after a layer’s attention: r = x + o, the input of the next layer.",
    shape: "row of d_model numbers",
    introducedIn: "kv-cache",
  },
  {
    symbol: "d",
    sub: "head",
    meaning: "The size of one head’s key or value rows (d_k = d_v = d_head in the models on the site).",
    shape: "whole number",
    introducedIn: "kv-cache-cost",
  },
];
