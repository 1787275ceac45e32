/**
 * What every dot-product exercise (kinds-products.ts, kinds-projection.ts) shares: the set-up line
 * and the slips any dot product invites.
 */
import { formatFactor, formatNumber, formatTerms, type DotExplanation } from "../math/index.ts";
import type { Slip } from "./kinds.ts";

/** "y₁ = 2·10 + 3·(−1)": the expansion with the numbers filled in but not worked out. */
export const setupOf = (name: string, e: DotExplanation) => `${name} = ${formatTerms(e.terms)}`;

/** Slips common to every dot product: one minus sign dropped, or each pair added instead of multiplied. */
export function dotSlips(e: DotExplanation): Slip<number>[] {
  const slips: Slip<number>[] = [];
  e.terms.forEach((t, k) => {
    if (t.product >= 0) return;
    const flipped = e.terms.map((u, m) =>
      m === k ? { ...u, left: Math.abs(u.left), right: Math.abs(u.right), product: -u.product } : u,
    );
    const value = e.sum - 2 * t.product;
    slips.push({
      value,
      why: `That is ${formatTerms(flipped)} = ${formatNumber(value)}: a minus sign was dropped. ${formatFactor(t.left)}·${formatFactor(t.right)} is ${formatNumber(t.product)}, not ${formatNumber(-t.product)}.`,
    });
  });
  const added = e.terms.reduce((s, t) => s + t.left + t.right, 0);
  slips.push({
    value: added,
    why: `That is ${e.terms.map((t) => `(${formatNumber(t.left)} + ${formatNumber(t.right)})`).join(" + ")} = ${formatNumber(added)}: each pair was added. Multiply each pair, then add the products.`,
  });
  return slips;
}
