import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainScore, explainWeightedSum, matricesEqual, matmul, scaledDotProductAttention } from "./index.ts";
import { dim, expectClose, matrixArb, smallDouble } from "./test-utils.ts";

describe("attention laws", () => {
  const qkv = fc
    .tuple(dim, dim, dim)
    .chain(([n, d, dv]) =>
      fc.tuple(matrixArb(n, d, smallDouble), matrixArb(n, d, smallDouble), matrixArb(n, dv, smallDouble)),
    );

  it("causal weights are exactly 0 for j > i and each row sums to 1", () => {
    fc.assert(
      fc.property(qkv, ([q, k, v]) => {
        const { weights } = scaledDotProductAttention(q, k, v, { causal: true });
        weights.forEach((r, i) => {
          r.forEach((w, j) => {
            if (j > i) expect(w).toBe(0);
          });
          expectClose(
            r.reduce((a, b) => a + b, 0),
            1,
            1e-12,
          );
        });
      }),
    );
  });

  it("changing a future key or value never changes earlier outputs", () => {
    const changed = qkv.chain(([q, k, v]) =>
      fc.tuple(
        fc.constant([q, k, v] as const),
        fc.integer({ min: 0, max: q.length - 1 }),
        matrixArb(q.length, k[0]?.length ?? 0, smallDouble),
        matrixArb(q.length, v[0]?.length ?? 0, smallDouble),
      ),
    );
    fc.assert(
      fc.property(changed, ([[q, k, v], t, newK, newV]) => {
        // Tokens t and later get new keys and values; rows before t must not move at all.
        const k2 = k.map((r, j) => (j >= t ? (newK[j] ?? r) : r));
        const v2 = v.map((r, j) => (j >= t ? (newV[j] ?? r) : r));
        const before = scaledDotProductAttention(q, k, v, { causal: true }).output;
        const after = scaledDotProductAttention(q, k2, v2, { causal: true }).output;
        // Exact on purpose: a masked entry contributes exp(−∞) = 0, so nothing may leak, not even noise.
        expect(matricesEqual(after.slice(0, t), before.slice(0, t))).toBe(true);
      }),
    );
  });

  it("attention with a single key returns that key's value row for every query", () => {
    const oneKey = fc
      .tuple(dim, dim, dim)
      .chain(([n, d, dv]) =>
        fc.tuple(matrixArb(n, d, smallDouble), matrixArb(1, d, smallDouble), matrixArb(1, dv, smallDouble)),
      );
    fc.assert(
      fc.property(oneKey, ([q, k, v]) => {
        const { output } = scaledDotProductAttention(q, k, v);
        output.forEach((r) => expectClose(r, v[0] ?? [], 1e-12));
      }),
    );
  });

  it("explainScore and explainWeightedSum sums equal the computed entries exactly", () => {
    fc.assert(
      fc.property(qkv, ([q, k, v]) => {
        const { scores, weights, output } = scaledDotProductAttention(q, k, v);
        scores.forEach((r, i) => r.forEach((s, j) => expect(explainScore(q, k, i, j).sum).toBe(s)));
        output.forEach((r, i) => r.forEach((o, j) => expect(explainWeightedSum(weights, v, i, j).sum).toBe(o)));
        expectClose(output, matmul(weights, v), 0);
      }),
    );
  });
});
