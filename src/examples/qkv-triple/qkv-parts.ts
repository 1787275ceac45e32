/**
 * The three projections of one row x, q = x·W_Q, k = x·W_K and v = x·W_V, as data the view, the
 * text version and the offered values share: each part's symbol, its weights' names, and its
 * numbers from src/math.
 */
import { projectRow, type Matrix, type Vector } from "../../math/index.ts";

/** Which projection: the query, the key or the value. */
export type QkvPart = "q" | "k" | "v";

/** The parts in the order the page shows them. */
export const QKV_PARTS: readonly QkvPart[] = ["q", "k", "v"];

/** How each part is named: its role, its weights' prop and their name with a `_` subscript (typeset by the view). */
export const QKV_NAMES: Readonly<
  Record<QkvPart, { readonly role: string; readonly weights: "WQ" | "WK" | "WV"; readonly symbol: string }>
> = {
  q: { role: "query", weights: "WQ", symbol: "W_Q" },
  k: { role: "key", weights: "WK", symbol: "W_K" },
  v: { role: "value", weights: "WV", symbol: "W_V" },
};

/** The row and the three weight matrices of the example. */
export interface QkvInputs {
  readonly x: Vector;
  readonly WQ: Matrix;
  readonly WK: Matrix;
  readonly WV: Matrix;
}

/**
 * q, k and v of the row x, each computed by projectRow (the same arithmetic as the projection
 * example), in QKV_PARTS order.
 */
export function projectQkv(inputs: QkvInputs): Readonly<Record<QkvPart, { readonly W: Matrix; readonly y: Vector }>> {
  const one = (part: QkvPart) => {
    const W = inputs[QKV_NAMES[part].weights];
    return { W, y: projectRow(inputs.x, W) };
  };
  return { q: one("q"), k: one("k"), v: one("v") };
}
