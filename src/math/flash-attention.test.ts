import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainFlashOutput, flashAttention, LimitError, scaledDotProductAttention, ShapeError } from "./index.ts";
import { expectClose, matrixArb, smallDouble } from "./test-utils.ts";

describe("flashAttention by hand: d = 1, Br = 2, Bc = 2", () => {
  // q = (1, 2, 0), k = (1, 2, 3), v = (1, 0, 2); √d = 1 so scores are q_i·k_j:
  // row 0 (1, 2, 3), row 1 (2, 4, 6), row 2 (0, 0, 0).
  // Q block 0 = rows 0–1; K/V block 0 = keys 0–1, block 1 = key 2.
  // Row 0, block 0: m = 2, l = e^−1 + 1 = 1.3678794, O = e^−1·1 + 1·0 = 0.3678794.
  //   block 1: m 2 → 3, factor e^−1 = 0.3678794; l = 1.3678794·e^−1 + 1 = 1.5032147;
  //   O = 0.3678794·e^−1 + 1·2 = 2.1353353; output 2.1353353/1.5032147 = 1.4205125.
  // Row 1, block 0: m = 4, l = e^−2 + 1 = 1.1353353, O = e^−2 = 0.1353353.
  //   block 1: m 4 → 6, factor e^−2; l = 1.1536509; O = 2.0183156; output 1.7495029.
  // Row 2 (Q block 1): all scores 0; l = 2 then 3, O = 1 then 3, output 1.
  const Q = [[1], [2], [0]];
  const K = [[1], [2], [3]];
  const V = [[1], [0], [2]];
  const result = flashAttention(Q, K, V, { blockRows: 2, blockCols: 2 });

  it("flashAttention takes 2 Q blocks × 2 K/V blocks = 4 steps, in Q-block order", () => {
    expect(result.steps.map((s) => [s.queryBlock, s.keyBlock])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(result.steps[1]).toMatchObject({ rowStart: 0, rowEnd: 2, colStart: 2, colEnd: 3 });
  });

  it("flashAttention step (0, 0) starts from m = −∞, l = 0, O = 0 with factor 0", () => {
    const step = result.steps[0]!;
    expect(step.scores).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(step.outputBefore).toEqual([[0], [0]]);
    expect(step.rows.map((r) => [r.maxBefore, r.maxAfter, r.rescale])).toEqual([
      [-Infinity, 2, 0],
      [-Infinity, 4, 0],
    ]);
    expectClose(
      step.rows.map((r) => r.sumAfter),
      [1.3678794, 1.1353353],
      1e-6,
    );
    expectClose(step.outputAfter, [[0.3678794], [0.1353353]], 1e-6);
  });

  it("flashAttention step (0, 1) rescales l and O by e^(m_old − m_new) when key 2 raises the maximum", () => {
    const step = result.steps[1]!;
    expect(step.rows.map((r) => [r.maxBefore, r.maxAfter])).toEqual([
      [2, 3],
      [4, 6],
    ]);
    expectClose(
      step.rows.map((r) => r.rescale),
      [Math.exp(-1), Math.exp(-2)],
      1e-12,
    );
    expectClose(
      step.rows.map((r) => r.sumAfter),
      [1.5032147, 1.1536509],
      1e-6,
    );
    expectClose(step.P, [[1], [1]], 1e-12);
    expectClose(step.PV, [[2], [2]], 1e-12);
    expectClose(step.outputAfter, [[2.1353353], [2.0183156]], 1e-6);
  });

  it("flashAttention ends with O/l = (1.4205125, 1.7495029, 1) and keeps each block's m and l", () => {
    expectClose(result.output, [[1.4205125], [1.7495029], [1]], 1e-6);
    expect(result.blocks[0]!.max).toEqual([3, 6]);
    expectClose(result.blocks[1]!.sum, [3], 1e-12);
  });

  it("flashAttention causal: key 2 arrives fully masked for rows 0 and 1, factor 1, nothing added", () => {
    // Causal rows: row 0 sees key 0 only → 1; row 1 sees (2, 4) → (e^−2·1 + 0)/(e^−2 + 1)
    // = 0.1192029; row 2 sees (0, 0, 0) → (1 + 0 + 2)/3 = 1.
    const causal = flashAttention(Q, K, V, { blockRows: 2, blockCols: 2, causal: true });
    const step = causal.steps[1]!;
    expect(step.scores).toEqual([[-Infinity], [-Infinity]]);
    expect(step.rows.map((r) => r.rescale)).toEqual([1, 1]);
    expect(step.P).toEqual([[0], [0]]);
    expectClose(causal.output, [[1], [0.1192029], [1]], 1e-6);
  });

  it("explainFlashOutput(…, 0, 0) shows each block's rescale and P·V terms, then O/l", () => {
    const e = explainFlashOutput(Q, K, V, { blockRows: 2, blockCols: 2 }, 0, 0);
    expect(e.updates.map((u) => u.keyBlock)).toEqual([0, 1]);
    expect(e.updates[0]!.rescale).toBe(0);
    expectClose(
      e.updates[0]!.terms.map((t) => t.product),
      [Math.exp(-1), 0],
      1e-12,
    );
    expectClose(e.updates[1]!.rescaled, 0.3678794 * 0.3678794, 1e-6);
    expect(e.updates[1]!.terms).toEqual([{ left: 1, right: 2, product: 2 }]);
    expect(e.updates.at(-1)!.after).toBe(e.accumulator);
    expect(e.output).toBe(result.output[0]![0]);
    expect(e.output).toBe(e.accumulator / e.sum);
  });
});

describe("flashAttention refuses bad input", () => {
  const M = [[1], [2], [3]];
  it.each([
    [
      { blockRows: 0, blockCols: 1 },
      "the row block size Br must be a whole number from 1 to 3 (the number of queries)",
    ],
    [
      { blockRows: 1, blockCols: 4 },
      "the column block size Bc must be a whole number from 1 to 3 (the number of keys)",
    ],
    [{ blockRows: 1.5, blockCols: 1 }, "received 1.5"],
  ])("flashAttention(%j) throws a LimitError: %s", (options, message) => {
    expect(() => flashAttention(M, M, M, options)).toThrow(LimitError);
    expect(() => flashAttention(M, M, M, options)).toThrow(message);
  });

  it("flashAttention names both shapes when values, keys or a causal mask do not fit", () => {
    expect(() => flashAttention(M, M, [[1], [2]], { blockRows: 1, blockCols: 1 })).toThrow(ShapeError);
    expect(() => flashAttention(M, M, [[1], [2]], { blockRows: 1, blockCols: 1 })).toThrow("3×1 keys with 2×1 values");
    expect(() => flashAttention([[1]], M, M, { blockRows: 1, blockCols: 1, causal: true })).toThrow(
      "1×1 queries against 3×1 keys",
    );
    expect(() => flashAttention(M, [[1, 2]], [[1]], { blockRows: 1, blockCols: 1 })).toThrow(ShapeError);
    expect(() => explainFlashOutput(M, M, M, { blockRows: 1, blockCols: 1 }, 3, 0)).toThrow("from 0 to 2");
  });
});

describe("flashAttention laws", () => {
  const problem = fc
    .tuple(
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .chain(([n, t, d, dv]) =>
      fc.record({
        Q: matrixArb(n, d, smallDouble),
        K: matrixArb(t, d, smallDouble),
        V: matrixArb(t, dv, smallDouble),
        Br: fc.integer({ min: 1, max: n }),
        Bc: fc.integer({ min: 1, max: t }),
      }),
    );

  it("flashAttention equals scaledDotProductAttention for every shape and block size (1e-12)", () => {
    fc.assert(
      fc.property(problem, ({ Q, K, V, Br, Bc }) => {
        const flash = flashAttention(Q, K, V, { blockRows: Br, blockCols: Bc });
        expectClose(flash.output, scaledDotProductAttention(Q, K, V).output, 1e-12);
        expect(flash.steps).toHaveLength(Math.ceil(Q.length / Br) * Math.ceil(K.length / Bc));
      }),
    );
  });

  it("flashAttention causal equals causal scaledDotProductAttention (1e-12)", () => {
    const square = problem.map(({ Q, K, V, Br, Bc }) => {
      const n = Math.min(Q.length, K.length);
      return { Q: Q.slice(0, n), K: K.slice(0, n), V: V.slice(0, n), Br: Math.min(Br, n), Bc: Math.min(Bc, n) };
    });
    fc.assert(
      fc.property(square, ({ Q, K, V, Br, Bc }) => {
        const flash = flashAttention(Q, K, V, { blockRows: Br, blockCols: Bc, causal: true });
        expectClose(flash.output, scaledDotProductAttention(Q, K, V, { causal: true }).output, 1e-12);
      }),
    );
  });

  it("explainFlashOutput's last update and division give exactly the computed entry", () => {
    fc.assert(
      fc.property(problem, ({ Q, K, V, Br, Bc }) => {
        const options = { blockRows: Br, blockCols: Bc };
        const out = flashAttention(Q, K, V, options).output;
        const i = Q.length - 1;
        const e = explainFlashOutput(Q, K, V, options, i, 0);
        expect(e.updates).toHaveLength(Math.ceil(K.length / Bc));
        e.updates.forEach((u) => expect(u.after).toBe(u.rescaled + u.contribution));
        expect(e.output).toBe(out[i]![0]);
      }),
    );
  });
});
