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
import { mulberry32 } from "../math/index.ts";

const DOT: ExerciseSpec = { kind: "dot-product", a: [3, 1], b: [1, 2] };
const SHIFT: ExerciseSpec = { kind: "rope-shift", q: [1, 2, 3, 4], k: [0, 1, -1, 2], m: 3, n: 1, shift: 4, base: 100 };
const UNIT: ExerciseSpec = { kind: "mlp-unit", x: [2, -1], column: [1, 3], bias: 0 };
const HEAD: ExerciseSpec = { kind: "kv-head-for", queryHeads: 8, kvHeads: 2, queryHead: 3 };

describe("exercise families, loaded as a page needs them", () => {
  it("names each family's kinds once, and no core kind", () => {
    const kinds = Object.values(FAMILY_KINDS).flat();
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const [name, list] of Object.entries(FAMILY_KINDS))
      for (const kind of list) expect(familyOfKind(kind)).toBe(name);
    for (const kind of ["dot-product", "score", "choice", "kv-cache-bytes", "no-such-kind"]) {
      expect(familyOfKind(kind)).toBeNull();
    }
  });

  it("solves core kinds with nothing loaded, and says which family to load for the others", () => {
    expect(solveExercise(DOT)).toMatchObject({ answer: "number", value: 3 * 1 + 1 * 2 });
    expect(() => solveExercise(SHIFT)).toThrow(/"rope-shift" exercises \(family "positions"\) is not loaded/);
    expect(() => generateExercise(UNIT, 7)).toThrow(/family "block"/);
  });

  it("loads only the families of the kinds asked for, once", async () => {
    expect(await loadFamilies(["dot-product", "rope-shift", "rotate-pair", "choice"])).toEqual(["positions"]);
    expect(await loadFamilies(["rope-position"])).toEqual([]);
    expect(() => solveExercise(HEAD)).toThrow(/family "kvSharing"/);
    expect(await loadFamilies(["mlp-unit", "kv-head-for"])).toEqual(["block", "kvSharing"]);
  });

  it("gives, once loaded, what the family's own solver and generator give", async () => {
    await loadFamilies(["rope-shift", "mlp-unit"]);
    expect(solveExercise(SHIFT)).toEqual(solvePositionExercise(SHIFT as Parameters<typeof solvePositionExercise>[0]));
    expect(solveExercise(UNIT)).toEqual(solveBlockExercise(UNIT as Parameters<typeof solveBlockExercise>[0]));
    for (const seed of [0, 1, 42, 0xffffffff]) {
      expect(generateExercise(SHIFT, seed)).toEqual(
        generatePositionExercise(SHIFT as Parameters<typeof generatePositionExercise>[0], mulberry32(seed)),
      );
    }
  });
});
