/**
 * One symbol of the site's notation, as the Notation page lists it. Each topic keeps its symbols
 * in its own file beside this one (`src/data/notation/<topic>.ts`, exporting
 * `notation: readonly NotationEntry[]`), and the Notation page gathers every file in this folder,
 * so a new page adds its symbols without editing anyone else's list. A symbol means one thing
 * across the whole site: read the other files before adding one.
 */
export interface NotationEntry {
  /** The symbol without its subscript, as a reader sees it: "W" for W_Q, "√d" for √d_k, "θ" for θ_i. */
  readonly symbol: string;
  /** The subscript, if any ("Q" for W_Q, "k" for √d_k, "i" for θ_i); pages typeset it with <sub>, never with "_". */
  readonly sub?: string;
  /** What it means, in one plain sentence. */
  readonly meaning: string;
  /** Its shape or kind as readers see it (no underscores), e.g. "n × d matrix", "whole number", "number". */
  readonly shape?: string;
  /** The slug of the concept page that introduces it, e.g. "qkv-projections". */
  readonly introducedIn: string;
  /**
   * True for a letter that keeps its source paper's meaning on its own page only (RoFormer's m and
   * n, FlashAttention's M): it may share its symbol with a site-wide one, and the Notation page says
   * where it holds. Use it only where renaming would part the page from the paper it follows; the
   * list of such entries is fixed by src/notation/collect.test.ts, so a new one is a decision.
   */
  readonly pageOnly?: boolean;
}
