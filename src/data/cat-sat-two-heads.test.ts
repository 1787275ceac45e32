import { describe, expect, it } from "vitest";
import { argmax, matricesApproxEqual, multiHeadAttention, rowSums } from "../math/index.ts";
import { expectClose } from "../math/test-utils.ts";
import { catSatTwoHeads } from "./cat-sat-two-heads.ts";

const { tokens, X, heads, WO } = catSatTwoHeads;
const result = multiHeadAttention(X, heads, WO);
const [head1, head2] = result.heads;

describe("the two-head cat-sat example", () => {
  it("has two heads of size 2 on a 4×4 input, a 4×4 concat and a 4×4 output", () => {
    expect(heads).toHaveLength(2);
    for (const h of heads) for (const W of [h.Wq, h.Wk, h.Wv]) expect(W.map((r) => r.length)).toEqual([2, 2, 2, 2]);
    expect(result.concat.map((r) => r.length)).toEqual([4, 4, 4, 4]);
    expect(result.output.map((r) => r.length)).toEqual([4, 4, 4, 4]);
  });

  it("gives the two heads the raw scores worked out by hand", () => {
    // Head 1: nouns' queries (0, 3) meet relation keys (0, 1); relation words' (3, 0) meet nouns' (1, 0).
    expect(head1!.scores).toEqual([
      [0, 3, 3, 0],
      [3, 0, 0, 3],
      [3, 0, 0, 3],
      [0, 3, 3, 0],
    ]);
    // Head 2: q = (2·half, 3·function), k = (half, noun); e.g. s(on, mat) = 2·1 + 3·1 = 5.
    expect(head2!.scores).toEqual([
      [2, 2, -2, -2],
      [2, 2, -2, -2],
      [1, -2, 2, 5],
      [-2, -2, 2, 2],
    ]);
  });

  it("scales each head by √2, its own key size, not by √4", () => {
    for (const h of result.heads) {
      h.scaled.forEach((row, i) => row.forEach((v, j) => expectClose(v, h.scores[i]![j]! / Math.SQRT2, 1e-12)));
    }
  });

  it("gives the two heads different maps", () => {
    expect(matricesApproxEqual(head1!.weights, head2!.weights, 0.1)).toBe(false);
    // "cat": head 1 looks at relation words, head 2 within its own half.
    expect(tokens[argmax(head1!.weights[0]!)]).toBe("sat");
    expect(head1!.weights[0]![2]).toBeCloseTo(head1!.weights[0]![1]!, 12);
    expect(tokens[argmax(head2!.weights[2]!)]).toBe("mat");
  });

  it("makes every row of both maps sum to 1", () => {
    for (const h of result.heads) expectClose(rowSums(h.weights), [1, 1, 1, 1], 1e-12);
  });
});
