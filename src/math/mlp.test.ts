import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainActivation,
  explainHiddenUnit,
  explainMlpOutput,
  gelu,
  mlp,
  mlpRows,
  relu,
  ShapeError,
  type MlpWeights,
} from "./index.ts";
import { expectClose, matrixArb } from "./test-utils.ts";

// x = (2, 1): x·W1 = (2·1 + 1·2, 2·0 + 1·1, 2·(−1) + 1·0) = (4, 1, −2); + b1 = (4, 1.5, −1).
const W1 = [
  [1, 0, -1],
  [2, 1, 0],
];
const b1 = [0, 0.5, 1];
const W2 = [
  [1, 0],
  [-1, 2],
  [3, 1],
];
const b2 = [0.5, -1];
const RELU: MlpWeights = { W1, b1, W2, b2, activation: "relu" };
const GELU: MlpWeights = { ...RELU, activation: "gelu" };
const x = [2, 1];

describe("activations by hand", () => {
  it.each([
    [-2, 0],
    [0, 0],
    [1.5, 1.5],
  ])("relu(%s) = %s", (z, expected) => expect(relu(z)).toBe(expected));

  // Worked with python3: 0.5·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))).
  it.each([
    [-1, -0.15880800939172324],
    [0, 0],
    [1, 0.8411919906082768],
    [2, 1.954597694087775],
    [3, 2.996362607918227],
  ])("gelu(%s) ≈ %s (tanh approximation)", (z, expected) => expectClose(gelu(z), expected, 1e-12));

  it("explainActivation('gelu', 1.5) shows the cubic 1.650913, tanh argument 1.317238 and tanh 0.866095", () => {
    const e = explainActivation("gelu", 1.5);
    expectClose(e.cubic!, 1.650913125, 1e-12);
    expectClose(e.tanhArgument!, 1.317238093664311, 1e-12);
    expectClose(e.tanh!, 0.8660954359736439, 1e-12);
    expect(e.output).toBe(gelu(1.5));
    expect(explainActivation("relu", 1.5)).toEqual({ activation: "relu", input: 1.5, output: 1.5 });
  });
});

describe("mlp by hand: x = (2, 1), d_model 2, d_ff 3", () => {
  // ReLU keeps (4, 1.5, 0); hidden·W2 = (4 − 1.5 + 0, 0 + 3 + 0) = (2.5, 3); + b2 = (3, 2).
  it("mlp(x, relu) = (3, 2) with pre (4, 1.5, −1) and hidden (4, 1.5, 0)", () => {
    expect(mlp(x, RELU)).toEqual({ pre: [4, 1.5, -1], hidden: [4, 1.5, 0], output: [3, 2] });
  });

  it("mlp(x, gelu) lets a little of the negative unit through: output ≈ (2.623934, 1.640335)", () => {
    const r = mlp(x, GELU);
    expectClose(r.hidden, [3.9999297540518075, 1.3995715769802328, -0.15880800939172324], 1e-12);
    expectClose(r.output, [2.6239341488964047, 1.6403351445687422], 1e-12);
  });

  it("explainHiddenUnit(x, relu, 2): x against column 2 of W1 is −2, plus b1 = 1 gives −1, ReLU gives 0", () => {
    const e = explainHiddenUnit(x, RELU, 2);
    expect(e.projection.column).toEqual([-1, 0]);
    expect(e.projection.terms.map((t) => t.product)).toEqual([-2, 0]);
    expect(e).toMatchObject({ unit: 2, bias: 1, pre: -1, hidden: 0 });
  });

  it("explainMlpOutput(x, relu, 1): hidden (4, 1.5, 0) against column 1 of W2 is 3, plus b2 = −1 gives 2", () => {
    const e = explainMlpOutput(x, RELU, 1);
    expect(e.hidden).toEqual([4, 1.5, 0]);
    expect(e.projection.terms.map((t) => t.product)).toEqual([0, 3, 0]);
    expect(e.bias).toBe(-1);
    expect(e.output).toBe(2);
  });

  it("every explain form equals the plain computation exactly (gelu)", () => {
    const r = mlp(x, GELU);
    [0, 1, 2].forEach((u) => expect(explainHiddenUnit(x, GELU, u).hidden).toBe(r.hidden[u]));
    [0, 1].forEach((j) => expect(explainMlpOutput(x, GELU, j).output).toBe(r.output[j]));
  });
});

describe("mlpRows works one token at a time", () => {
  it("mlpRows(X) row i equals mlp(row i alone), for relu and gelu (fast-check)", () => {
    const entry = fc.integer({ min: -30, max: 30 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => matrixArb(n, 2, entry)),
        fc.constantFrom(RELU, GELU),
        (X, weights) => {
          const rows = mlpRows(X, weights);
          X.forEach((r, i) => {
            const alone = mlp(r, weights);
            expect(rows.pre[i]).toEqual(alone.pre);
            expect(rows.hidden[i]).toEqual(alone.hidden);
            expect(rows.output[i]).toEqual(alone.output);
          });
        },
      ),
    );
  });

  it("mlpRows of no rows is empty", () => {
    expect(mlpRows([], RELU)).toEqual({ pre: [], hidden: [], output: [] });
  });
});

describe("bad input", () => {
  it("mlp rejects a row that does not fit W1, naming both shapes", () => {
    expect(() => mlp([1, 2, 3], RELU)).toThrow(ShapeError);
    expect(() => mlp([1, 2, 3], RELU)).toThrow("a 1×3 row cannot be multiplied by a 2×3 W1");
  });

  it.each<[string, MlpWeights, string]>([
    ["b1", { ...RELU, b1: [0, 0] }, "W1 has 3 hidden units but b1 has 2 entries"],
    [
      "W2",
      {
        ...RELU,
        W2: [
          [1, 0],
          [0, 1],
        ],
      },
      "W2 (2×2) has 2 rows",
    ],
    ["b2", { ...RELU, b2: [1] }, "W2 has 2 output columns but b2 has 1 entry"],
  ])("mlp rejects a %s that does not fit", (_, weights, message) => {
    expect(() => mlp(x, weights)).toThrow(message);
  });

  it("explainHiddenUnit rejects a unit outside d_ff", () => {
    expect(() => explainHiddenUnit(x, RELU, 3)).toThrow("hidden unit u = 3 is out of range");
  });
});
