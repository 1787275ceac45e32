import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkYourselfSchema } from "./CheckYourself.schema.ts";
import { generateExercise, judgeResponse, solveExercise, type ExerciseSpec } from "./index.ts";

// Expected values worked out apart from our code (python3, math.exp).
const FACTOR: ExerciseSpec = { kind: "online-softmax-step", scores: [1, 3, 2, 5], tileSize: 2, tile: 1, ask: "factor" };
const SUM: ExerciseSpec = { kind: "online-softmax-step", scores: [2, 0, 3, 1], tileSize: 2, tile: 1, ask: "sum" };
const MAX: ExerciseSpec = { kind: "online-softmax-step", scores: [2, 0, 3, 1], tileSize: 2, tile: 1, ask: "max" };
const FLASH: ExerciseSpec = {
  kind: "flash-accumulator",
  q: [1, 0],
  K: [
    [1, 0],
    [0, 1],
    [2, 0],
    [0, 0],
  ],
  V: [
    [1, 2],
    [3, 4],
    [5, 6],
    [7, 8],
  ],
  blockCols: 2,
  block: 1,
  c: 0,
};
const IO: ExerciseSpec = { kind: "attention-io", n: 1024, d: 64 };

describe("the tiled pages' exercises", () => {
  it.each([
    [FACTOR, 0.1353352832366127, 2],
    [SUM, 1.5530017927759192, 2],
    [MAX, 3, undefined],
    [FLASH, 7.9242360357373824, 2],
    [IO, 4_456_448, undefined],
  ] as const)("%j has the answer worked out by hand", (spec, value, decimals) => {
    const solved = solveExercise(spec);
    expect(solved.answer).toBe("number");
    if (solved.answer !== "number") return;
    expect(solved.value).toBeCloseTo(value, 12);
    expect(solved.decimals).toBe(decimals);
    expect(solved.working.length).toBeGreaterThan(0);
  });

  it("recognises the usual slips: adding the old l unrescaled, or the turned-round factor", () => {
    const sum = solveExercise(SUM);
    // 1.135335 (tile 0's l) + 1 + e^(−2): the old sum added without its factor e^(−1).
    expect(judgeResponse(sum, "2.27")).toMatchObject({ status: "wrong", slip: expect.anything() });
    const factor = solveExercise(FACTOR);
    expect(judgeResponse(factor, "7.39")).toMatchObject({ status: "wrong", slip: expect.anything() });
    expect(judgeResponse(factor, "0.14")).toMatchObject({ status: "correct" });
  });

  it("refuses a tile with nothing to rescale, naming the range", () => {
    expect(() => solveExercise({ ...FACTOR, tile: 0 })).toThrow(/from 1 to 1/);
    const parsed = checkYourselfSchema.safeParse({ id: "t", exercises: [{ ...FACTOR, tile: 5 }] });
    expect(parsed.success).toBe(false);
  });

  it("new numbers keep the kind and sizes and stay solvable", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constantFrom(FACTOR, SUM, MAX, FLASH, IO),
        (seed, spec) => {
          const variant = generateExercise(spec, seed);
          expect(variant.kind).toBe(spec.kind);
          expect(generateExercise(spec, seed)).toEqual(variant);
          const solved = solveExercise(variant);
          if (solved.answer === "number") expect(Number.isFinite(solved.value)).toBe(true);
          expect(checkYourselfSchema.safeParse({ id: "t", exercises: [variant] }).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
