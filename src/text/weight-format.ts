import { formatNumber, isRounded } from "../math/index.ts";

/**
 * A softmax weight for a matrix cell or a bar label. A tiny weight that would round to "0" shows
 * as "<0.01" and one that would round to "1" as ">0.99", so "0" and "1" are kept for weights
 * that are exactly 0 (a masked key) or exactly 1 (the only visible key).
 */
export function formatWeight(weight: number, maxDecimals = 2): string {
  const text = formatNumber(weight, maxDecimals);
  const step = formatNumber(10 ** -maxDecimals, maxDecimals);
  if (text === "0" && weight !== 0) return `<${step}`;
  if (text === "1" && weight !== 1) return `>${formatNumber(1 - 10 ** -maxDecimals, maxDecimals)}`;
  return text;
}

/**
 * A weight after its name in an accessible label, containing exactly the text the cell shows
 * (screen-reader users who see the screen hear what they see): "≈ 0.67", "= 0", "<0.01".
 */
export function weightRelation(weight: number, maxDecimals = 2): string {
  const text = formatWeight(weight, maxDecimals);
  return text.startsWith("<") || text.startsWith(">") ? text : equalsOrApprox(weight, maxDecimals);
}

/**
 * "= 17" when `formatNumber` shows n exactly, "≈ 0.33" when it rounds. The space after the sign
 * is a no-break space (U+00A0), so a line never ends on a bare "≈".
 */
export function equalsOrApprox(n: number, maxDecimals = 2): string {
  return `${isRounded(n, maxDecimals) ? "≈" : "="}\u00a0${formatNumber(n, maxDecimals)}`;
}
