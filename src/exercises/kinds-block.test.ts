import { describe, expect, it } from "vitest";
import { generateExercise, judgeResponse, solveExercise, type ExerciseSpec } from "./index.ts";
import { checkYourselfSchema } from "./CheckYourself.schema.ts";

/** The page's exercises; the expected values are worked by hand in the test names. */
const LAYER: ExerciseSpec = { kind: "norm-entry", norm: "layer", x: [3, -3, 3, 5], j: 1 };
const RMS: ExerciseSpec = { kind: "norm-entry", norm: "rms", x: [5, -3, 1, 1], j: 0 };
const UNIT: ExerciseSpec = { kind: "mlp-unit", x: [2, -1], column: [1, 3], bias: 0 };

const numberOf = (spec: ExerciseSpec) => {
  const solved = solveExercise(spec);
  if (solved.answer !== "number") throw new Error("expected a number answer");
  return solved;
};

describe("norm-entry", () => {
  it("layer norm of (3, −3, 3, 5), entry 1: μ = 2, σ² = (1 + 25 + 1 + 9)/4 = 9, (−3 − 2)/3 ≈ −1.67", () => {
    const s = numberOf(LAYER);
    expect(s.value).toBeCloseTo(-5 / Math.sqrt(9 + 1e-5), 12);
    expect(s.decimals).toBe(2);
    expect(judgeResponse(s, "-1.67").status).toBe("correct");
    expect(s.working.join("\n")).toContain("μ = (3 + (−3) + 3 + 5) / 4 = 8 / 4 = 2");
  });

  it("names the slips: no mean subtracted (−3/3 = −1), divided by σ² (−5/9), d − 1 in the variance (−5/√12)", () => {
    const s = numberOf(LAYER);
    expect(judgeResponse(s, "-1").slip).toMatch(/mean 2 was not subtracted/);
    expect(judgeResponse(s, "-0.56").slip).toMatch(/variance itself/);
    expect(judgeResponse(s, "-1.44").slip).toMatch(/d − 1 = 3/);
  });

  it("RMSNorm of (5, −3, 1, 1), entry 0: mean square (25 + 9 + 1 + 1)/4 = 9, 5/3 ≈ 1.67", () => {
    const s = numberOf(RMS);
    expect(s.value).toBeCloseTo(5 / Math.sqrt(9 + 1e-5), 12);
    expect(judgeResponse(s, "1.67").status).toBe("correct");
    // Subtracting the mean 1 as layer norm does: (5 − 1)/3 ≈ 1.33.
    expect(judgeResponse(s, "1.33").slip).toMatch(/RMSNorm divides x₀ itself/);
  });

  it("refuses an index past the row", () => {
    expect(() => solveExercise({ ...LAYER, j: 4 } as ExerciseSpec)).toThrow(RangeError);
  });

  it("new numbers divide by a whole σ (or root mean square), for many seeds", () => {
    for (let seed = 0; seed < 200; seed++) {
      for (const spec of [LAYER, RMS]) {
        const v = generateExercise(spec, seed);
        if (v.kind !== "norm-entry") throw new Error("kind changed");
        expect(v.x).toHaveLength(4);
        expect(v.j).toBeLessThan(4);
        const mean = v.norm === "layer" ? v.x.reduce((a, b) => a + b, 0) / 4 : 0;
        const spread = v.x.reduce((s, x) => s + (x - mean) ** 2, 0) / 4;
        expect(Number.isInteger(Math.sqrt(spread)) && spread > 0).toBe(true);
        expect(Number.isInteger(mean)).toBe(true);
      }
    }
  });
});

describe("mlp-unit", () => {
  it("x = (2, −1), column (1, 3), bias 0: pre = 2 − 3 = −1, ReLU gives 0; answering −1 names the activation", () => {
    const s = numberOf(UNIT);
    expect(s.value).toBe(0);
    expect(s.decimals).toBeUndefined();
    expect(judgeResponse(s, "0").status).toBe("correct");
    expect(judgeResponse(s, "-1").slip).toMatch(/before the activation/);
  });

  it("a left-out bias is named: x = (1, 2), column (1, 1), bias −2 gives max(0, 1) = 1, not 3", () => {
    const s = numberOf({ kind: "mlp-unit", x: [1, 2], column: [1, 1], bias: -2 });
    expect(s.value).toBe(1);
    expect(judgeResponse(s, "3").slip).toMatch(/leaves out the bias/);
  });

  it("refuses a column of another length", () => {
    expect(() => solveExercise({ kind: "mlp-unit", x: [1, 2], column: [1], bias: 0 })).toThrow();
  });
});

describe("the page's props", () => {
  it("accepts the page's exercises and refuses an unknown norm and a ragged column with the exercise named", () => {
    expect(checkYourselfSchema.safeParse({ id: "block-check", exercises: [LAYER, RMS, UNIT] }).success).toBe(true);
    const bad = checkYourselfSchema.safeParse({
      id: "block-check",
      exercises: [
        { ...LAYER, norm: "batch" },
        { kind: "mlp-unit", x: [1, 2], column: [1], bias: 0 },
      ],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") ?? "";
    expect(messages).toMatch(/exercises\.0\.norm/);
  });
});
