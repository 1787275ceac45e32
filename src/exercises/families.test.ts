import { describe, expect, it } from "vitest";
// core.ts only, as in the browser: no family is registered until loadFamilies loads it.
import {
  FAMILY_KINDS,
  familyOfKind,
  generateExercise,
  loadFamilies,
  solveExercise,
  type ExerciseSpec,
} from "./core.ts";
import { solvePositionExercise } from "./kinds-positions.ts";
import { generatePositionExercise } from "./generate-positions.ts";
import { solveBlockExercise } from "./kinds-block.ts";
import { generateProductExercise, solveProductExercise } from "./kinds-products.ts";
import { mulberry32 } from "../math/index.ts";

const CHOICE: ExerciseSpec = {
  kind: "choice",
  question: "Which is a key?",
  options: [
    { text: "k₀", why: "Keys are rows of K.", correct: true },
    { text: "q₀", why: "That is a query." },
  ],
  hint: "Look at K.",
};
const DOT: ExerciseSpec = { kind: "dot-product", a: [3, 1], b: [1, 2] };
const ENTRY: ExerciseSpec = {
  kind: "projection-entry",
  x: [2, 3],
  W: [
    [1, 10],
    [0, -1],
  ],
  j: 1,
};
const WEIGHT: ExerciseSpec = { kind: "softmax-weight", scores: [2, 1, 0], j: 0 };
const BYTES: ExerciseSpec = {
  kind: "kv-cache-bytes",
  layers: 2,
  kvHeads: 1,
  headDim: 4,
  seqLen: 8,
  batch: 1,
  bytesPerValue: 2,
};
const SHIFT: ExerciseSpec = { kind: "rope-shift", q: [1, 2, 3, 4], k: [0, 1, -1, 2], m: 3, n: 1, shift: 4, base: 100 };
const UNIT: ExerciseSpec = { kind: "mlp-unit", x: [2, -1], column: [1, 3], bias: 0 };
const HEAD: ExerciseSpec = { kind: "kv-head-for", queryHeads: 8, kvHeads: 2, queryHead: 3 };

describe("exercise families, loaded as a page needs them", () => {
  it("names each family's kinds once, and every kind but multiple choice has a family", () => {
    const kinds = Object.values(FAMILY_KINDS).flat();
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const [name, list] of Object.entries(FAMILY_KINDS))
      for (const kind of list) expect(familyOfKind(kind)).toBe(name);
    expect(familyOfKind("dot-product")).toBe("products");
    expect(familyOfKind("embedding-entry")).toBe("projection");
    expect(familyOfKind("masked-keys")).toBe("softmax");
    expect(familyOfKind("kv-cache-bytes")).toBe("cache");
    for (const kind of ["choice", "no-such-kind"]) expect(familyOfKind(kind)).toBeNull();
  });

  it("solves multiple choice with nothing loaded, and says which family to load for the others", () => {
    expect(solveExercise(CHOICE)).toMatchObject({ answer: "choice", working: ["k₀. Keys are rows of K."] });
    expect(generateExercise(CHOICE, 7)).toBe(CHOICE);
    expect(() => solveExercise(DOT)).toThrow(/"dot-product" exercises \(family "products"\) is not loaded/);
    expect(() => solveExercise(SHIFT)).toThrow(/"rope-shift" exercises \(family "positions"\) is not loaded/);
    expect(() => generateExercise(UNIT, 7)).toThrow(/family "block"/);
  });

  it("loads only the families of the kinds asked for, once", async () => {
    expect(await loadFamilies(["choice", "rope-shift", "rotate-pair", "dot-product", "score"])).toEqual([
      "positions",
      "products",
    ]);
    expect(await loadFamilies(["rope-position", "weighted-sum"])).toEqual([]);
    expect(() => solveExercise(WEIGHT)).toThrow(/family "softmax"/);
    expect(() => solveExercise(BYTES)).toThrow(/family "cache"/);
    expect(() => solveExercise(ENTRY)).toThrow(/family "projection"/);
    expect(() => solveExercise(HEAD)).toThrow(/family "kvSharing"/);
    expect(await loadFamilies(["mlp-unit", "kv-head-for", "kv-cache-bytes"])).toEqual(["block", "kvSharing", "cache"]);
    expect(() => solveExercise(WEIGHT)).toThrow(/family "softmax"/);
  });

  it("gives, once loaded, what the family's own solver and generator give", async () => {
    await loadFamilies(["rope-shift", "mlp-unit", "dot-product"]);
    expect(solveExercise(SHIFT)).toEqual(solvePositionExercise(SHIFT as Parameters<typeof solvePositionExercise>[0]));
    expect(solveExercise(UNIT)).toEqual(solveBlockExercise(UNIT as Parameters<typeof solveBlockExercise>[0]));
    expect(solveExercise(DOT)).toEqual(solveProductExercise(DOT as Parameters<typeof solveProductExercise>[0]));
    for (const seed of [0, 1, 42, 0xffffffff]) {
      expect(generateExercise(SHIFT, seed)).toEqual(
        generatePositionExercise(SHIFT as Parameters<typeof generatePositionExercise>[0], mulberry32(seed)),
      );
      expect(generateExercise(DOT, seed)).toEqual(
        generateProductExercise(DOT as Parameters<typeof generateProductExercise>[0], mulberry32(seed)),
      );
    }
  });
});
