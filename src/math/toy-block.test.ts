import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBlockPrefix, identity, toyBlockWeights, transformerBlock, TOY_BLOCK_D_FF } from "./index.ts";
import { matrixArb } from "./test-utils.ts";

const SWAP = [
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 0, 1],
  [0, 0, 1, 0],
];

describe("the toy block", () => {
  it("has an MLP of 16 = 4·4 hidden units with weights in {−0.5, 0, 0.5}", () => {
    const { mlp } = toyBlockWeights(identity(4));
    expect(TOY_BLOCK_D_FF).toBe(16);
    expect(mlp.W1.length).toBe(4);
    expect(mlp.W1[0]!.length).toBe(16);
    expect(mlp.W1.flat().every((v) => [-0.5, 0, 0.5].includes(v))).toBe(true);
  });

  // By hand: "the" = (1, 0, 2, 0) has mean square 5/4, so RMSNorm gives (1, 0, 2, 0)/√1.25 ≈
  // (0.894, 0, 1.789, 0). The first token attends only to itself: head 1 passes (0.894, 0), head 2
  // (1.789, 0). The swapping W_O writes them to components 0, 1 and 3, 2: A = (0.894, 0, 0, 1.789).
  it("writes the first token's heads where W_O sends them: A = (0.894, 0, 0, 1.789), mid = (1.894, 0, 2, 1.789)", () => {
    const r = transformerBlock([[1, 0, 2, 0]], toyBlockWeights(SWAP), { causal: true });
    const s = 1 / Math.sqrt(1.25 + 1e-5);
    const expected = [1 * s, 0, 0, 2 * s];
    r.attention.output[0]!.forEach((v, j) => expect(v).toBeCloseTo(expected[j]!, 10));
    [1 + s, 0, 2, 2 * s].forEach((v, j) => expect(r.afterAttention[0]![j]).toBeCloseTo(v, 10));
  });

  it("with rows 2 and 3 of W_O zero, head 2 writes nothing: components 2 and 3 of A are 0 for every token", () => {
    const WO = [
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ];
    const r = transformerBlock(
      [
        [1, 0, 2, 0],
        [0, 2, 0, 1],
        [1, 1, 1, 1],
      ],
      toyBlockWeights(WO),
      { causal: true },
    );
    for (const row of r.attention.output) expect([row[2], row[3]]).toEqual([0, 0]);
  });

  it("keeps earlier tokens' rows when a token is dropped (causal), for any X and W_O", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) => matrixArb(n, 4)),
        matrixArb(4, 4),
        (X, WO) => {
          expect(checkBlockPrefix(X, toyBlockWeights(WO), true).equal).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
