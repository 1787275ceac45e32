/**
 * Symbols of the order and position pages (content/attention-ignores-order.mdx and the pages
 * after it), for the Notation page.
 */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "P",
    meaning:
      "A permutation matrix: each row a single 1 that picks which old row goes there, so PX is X with its tokens reordered.",
    shape: "n × n matrix of 0s and 1s",
    introducedIn: "attention-ignores-order",
  },
];
