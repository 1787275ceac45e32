/**
 * Which entry is largest: used to name the key a query attends to most.
 */
import { type Vector } from "./shape.ts";

/**
 * The index of the largest entry; the first one on a tie.
 * @param v shape [n], n ≥ 1
 * @throws RangeError for an empty vector
 */
export function argmax(v: Vector): number {
  if (v.length === 0) throw new RangeError("argmax: the vector is empty; it needs at least one entry.");
  let best = 0;
  for (let i = 1; i < v.length; i++) if ((v[i] as number) > (v[best] as number)) best = i;
  return best;
}
