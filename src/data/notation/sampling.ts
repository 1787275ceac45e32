/**
 * Symbols of the page on choosing the next token (see types.ts). Top-k's k and top-p's p are
 * listed under the filters' names: a bare k is a key and a bare p a position elsewhere on the site.
 */
import type { NotationEntry } from "./types.ts";

/** Logits, temperature, the two filters and the draw. */
export const notation: readonly NotationEntry[] = [
  {
    symbol: "z",
    meaning: "The logits: one score per word of the vocabulary for the next token, before softmax.",
    shape: "vector, one entry per vocabulary word",
    introducedIn: "next-token",
  },
  {
    symbol: "T",
    meaning: "The temperature: logits are divided by it before softmax; 0 means the greedy choice, taken as a limit.",
    shape: "number from 0 to 100",
    introducedIn: "next-token",
  },
  {
    symbol: "top-k",
    meaning: "Keep only the k most probable tokens and renormalise; here k is a count of tokens, not a key.",
    shape: "whole number k from 1 to the vocabulary size",
    introducedIn: "next-token",
  },
  {
    symbol: "top-p",
    meaning: "Keep the fewest most probable tokens whose probabilities add up to at least p, and renormalise.",
    shape: "number p, greater than 0 and at most 1",
    introducedIn: "next-token",
  },
  {
    symbol: "u",
    meaning:
      "One uniform draw in [0, 1) from the seeded generator; the token whose stretch of running sums holds it is chosen.",
    shape: "number",
    introducedIn: "next-token",
  },
];
