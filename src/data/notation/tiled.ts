/**
 * Symbols of the tiled pages: online softmax and FlashAttention (see types.ts for the shape of an
 * entry and the one-meaning-per-symbol rule).
 */
import type { NotationEntry } from "./types.ts";

/** The running state of online softmax and FlashAttention's blocks and memory sizes. */
export const notation: readonly NotationEntry[] = [
  {
    symbol: "s",
    meaning:
      "The scores as softmax reads them, scaled (and masked where there is a mask): s_ij = S_ij / √d_k. For one query, s is its row and s_j its score against key j.",
    shape: "n × t matrix, or a row of t numbers",
    introducedIn: "softmax",
  },
  {
    symbol: "l",
    meaning: "The running sum of exp(s − m) over the scores of a row seen so far, shifted by the current m.",
    shape: "number",
    introducedIn: "online-softmax",
  },
  {
    symbol: "B",
    sub: "r",
    meaning: "FlashAttention's row block size: how many queries (rows of Q) are processed together.",
    shape: "whole number",
    introducedIn: "flash-attention",
  },
  {
    symbol: "B",
    sub: "c",
    meaning:
      "The column block size: how many keys and values (rows of K and V) arrive at a time, so how many scores of a row online softmax reads per tile.",
    shape: "whole number",
    introducedIn: "online-softmax",
  },
  {
    symbol: "Õ",
    meaning: "FlashAttention's running output: Σ exp(s − m)·v over the keys seen so far, divided by l at the end.",
    shape: "n × dᵥ matrix",
    introducedIn: "flash-attention",
  },
  {
    symbol: "T",
    sub: "c",
    meaning: "How many blocks of keys FlashAttention reads: ⌈N / B_c⌉, one pass over Q and the running outputs each.",
    shape: "whole number",
    introducedIn: "flash-attention",
  },
  {
    symbol: "N",
    meaning: "The sequence length in the memory-traffic calculator, written as Dao et al. (2022) write it.",
    shape: "whole number",
    introducedIn: "flash-attention",
  },
  {
    symbol: "M",
    meaning: "The size of the GPU's fast on-chip memory (SRAM), counted in numbers, in the memory-traffic calculator.",
    shape: "whole number",
    introducedIn: "flash-attention",
    pageOnly: true,
  },
];
