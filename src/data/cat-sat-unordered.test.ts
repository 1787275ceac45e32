import { describe, expect, it } from "vitest";
import { attentionBeforeAndAfter, swapTokens, identityOrder } from "../math/index.ts";
import { expectClose } from "../math/test-utils.ts";
import { catSat } from "./cat-sat.ts";
import { UNORDERED_FEATURES, unorderedFeatures, unorderedHead } from "./cat-sat-unordered.ts";

const sentence = ["The", "cat", "sat", "on", "the", "mat"];

describe("the cat-sat head without its half column", () => {
  it("keeps cat-sat's first three features, rows of X and block of W_q", () => {
    expect(UNORDERED_FEATURES).toEqual(["noun", "relation", "function"]);
    expect(unorderedFeatures(sentence)).toEqual(catSat.X.map((row) => row.slice(0, 3)));
    expect(unorderedHead.Wq).toEqual(catSat.Wq.slice(0, 3).map((row) => row.slice(0, 3)));
  });

  // By hand: q(The) = 1·(3, 0, 0) = (3, 0, 0); against the keys (rows of X) it scores 3 for cat
  // and mat and 0 for every other word, so it cannot tell its own noun from the other one.
  it("gives “The” the scores (0, 3, 0, 0, 0, 3): “cat” and “mat” tie", () => {
    const { before } = attentionBeforeAndAfter(unorderedFeatures(sentence), unorderedHead, identityOrder(6));
    expect(before.scores[0]).toEqual([0, 3, 0, 0, 0, 3]);
    expect(before.weights[0]![1]).toBe(before.weights[0]![5]);
    // e^(3/√3) / (2e^(3/√3) + 4) ≈ 0.36932 (python3).
    expectClose(before.weights[0]![1]!, 0.3693192024, 1e-9);
  });

  it("gives “The cat sat on the mat” and “The mat sat on the cat” the same map, cell for cell", () => {
    const { before, after } = attentionBeforeAndAfter(
      unorderedFeatures(sentence),
      unorderedHead,
      swapTokens(identityOrder(6), 1, 5),
    );
    expect(after.weights).toEqual(before.weights);
  });
});
