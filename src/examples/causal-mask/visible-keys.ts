import { isMasked } from "../../math/index.ts";
import { joinIndices } from "../../charts/axis-labels.ts";

/**
 * Which keys query i may see under the causal mask, as a sentence: "Sees keys 0 and 1 (“The”,
 * “cat”); key 2 is masked." Uses the math module's isMasked, so the words follow the mask.
 */
export function visibleKeysNote(i: number, count: number, tokens?: readonly string[]): string {
  const keys = Array.from({ length: count }, (_, j) => j);
  const visible = keys.filter((j) => !isMasked(i, j));
  const hidden = keys.filter((j) => isMasked(i, j));
  const names = tokens ? ` (${visible.map((j) => `“${tokens[j]}”`).join(", ")})` : "";
  const seen = `Sees ${visible.length === 1 ? "key" : "keys"} ${joinIndices(visible)}${names}`;
  if (hidden.length === 0) return `${seen}: nothing is masked.`;
  return `${seen}; ${hidden.length === 1 ? "key" : "keys"} ${joinIndices(hidden)} ${hidden.length === 1 ? "is" : "are"} masked.`;
}
