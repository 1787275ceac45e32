/**
 * The one rule of the order example that its fields' shapes cannot state: both swapped positions
 * must be words of the sentence. Shared by the props schema (MDX) and the spec (typing, links).
 */

/** What the rule reads: the sentence and the two positions. */
export interface SwapValues {
  readonly sentence: readonly string[];
  readonly a: number;
  readonly b: number;
}

/** Which field breaks the rule and the sentence that says so, or null when both positions fit. */
export function swapProblem({ sentence, a, b }: SwapValues): { field: "a" | "b"; message: string } | null {
  const last = sentence.length - 1;
  for (const [field, position] of [
    ["a", a],
    ["b", b],
  ] as const) {
    if (position > last) {
      return {
        field,
        message: `swap ${field} is ${position}, past the last word: “${sentence.join(" ")}” has ${sentence.length} words, at positions 0 to ${last}.`,
      };
    }
  }
  return null;
}
