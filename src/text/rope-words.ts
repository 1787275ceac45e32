import type { RopeEntryExplanation } from "../math/index.ts";

/**
 * How RoPE makes one number of a turned pair, in words (no letters: a pair's entries are named
 * after the vector they belong to, which the sentence around this one already says).
 */
export function turnedPairRule(component: RopeEntryExplanation["component"]): string {
  return component === "first"
    ? "The first number of a turned pair is the first times cos minus the second times sin."
    : "The second number of a turned pair is the first times sin plus the second times cos.";
}
