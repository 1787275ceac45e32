import { describe, expect, it } from "vitest";
import { explainRopeEntry } from "../math/index.ts";
import { turnedPairRule } from "./rope-words.ts";

describe("turnedPairRule", () => {
  // Pair (3, 4) at position 1, θ₀ = 1 rad: the sentence must say what the entry's sum adds up.
  it.each([
    [0, "first times cos minus the second times sin"],
    [1, "first times sin plus the second times cos"],
  ])("names what entry %i of a pair adds up, as the expansion does", (j, words) => {
    const e = explainRopeEntry([3, 4], 1, j, 10000);
    expect(turnedPairRule(e.component)).toContain(words);
    const [cos, sin] = [Math.cos(e.angle), Math.sin(e.angle)];
    const expected = j === 0 ? 3 * cos - 4 * sin : 3 * sin + 4 * cos;
    expect(e.sum).toBeCloseTo(expected, 12);
  });
});
