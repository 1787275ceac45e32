/**
 * Symbols of the order and position pages (content/attention-ignores-order.mdx and the pages
 * after it), for the Notation page.
 */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "Π",
    meaning:
      "A permutation matrix: each row a single 1 that picks which old row goes there, so ΠX is X with its tokens reordered.",
    shape: "n × n matrix of 0s and 1s",
    introducedIn: "attention-ignores-order",
  },
  {
    symbol: "m",
    meaning: "The position of the query's token in RoPE (n is the key's); positions count from 0.",
    shape: "whole number",
    introducedIn: "rotary-position-embedding",
    pageOnly: true,
  },
  {
    symbol: "n",
    meaning: "The position of the key's token in RoPE; a score sees only m − n.",
    shape: "whole number",
    introducedIn: "rotary-position-embedding",
    pageOnly: true,
  },
  {
    symbol: "θ",
    sub: "i",
    meaning:
      "The angle pair i of a RoPE query or key turns per position: base^(−2i/d), pair i made of entries 2i and 2i + 1.",
    shape: "number (radians)",
    introducedIn: "rotary-position-embedding",
  },
  {
    symbol: "base",
    meaning:
      "The number whose powers set the angles of RoPE and of sinusoidal encodings: 10000 in both papers, 500,000 in Llama 3.",
    shape: "number greater than 0",
    introducedIn: "rotary-position-embedding",
  },
  {
    symbol: "R",
    meaning: "A 2 × 2 rotation matrix with cos and sin of one angle; a pair [x, y]·R is the pair turned by that angle.",
    shape: "2 × 2 matrix",
    introducedIn: "rotary-position-embedding",
  },
  {
    symbol: "q′",
    meaning: "A query after RoPE has turned it at its position (k′ likewise for a key); values are never turned.",
    shape: "vector of d numbers",
    introducedIn: "rotary-position-embedding",
  },
  {
    symbol: "PE",
    meaning:
      "A sinusoidal position encoding: PE(pos) is the row added to the embedding of the token at position pos, and PE(pos, j) its entry j.",
    shape: "vector of d model numbers",
    introducedIn: "sinusoidal-positions",
  },
  {
    symbol: "pos",
    meaning: "A token's position in the sequence, counted from 0, in the sinusoidal encoding PE(pos).",
    shape: "whole number",
    introducedIn: "sinusoidal-positions",
  },
  {
    symbol: "Δ",
    meaning: "An offset between two positions: the distance, in tokens, from pos to pos + Δ.",
    shape: "whole number",
    introducedIn: "sinusoidal-positions",
  },
  {
    symbol: "RoPE(v, m)",
    meaning:
      "The vector v turned by RoPE at position m: each pair (2i, 2i + 1) by the angle m·θᵢ. A decoder caches the key of token j turned at j.",
    shape: "vector of d numbers",
    introducedIn: "rope-kv-cache",
  },
];
