/** The symbols of the cross-attention page (content/cross-attention.mdx). */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "X",
    sub: "src",
    meaning: "The encoder’s output rows, one per source token: cross-attention’s keys and values are made from them.",
    shape: "source tokens × d model matrix",
    introducedIn: "cross-attention",
  },
  {
    symbol: "X",
    sub: "tgt",
    meaning: "The decoder’s rows, one per target token written so far: cross-attention’s queries are made from them.",
    shape: "target tokens × d model matrix",
    introducedIn: "cross-attention",
  },
];
