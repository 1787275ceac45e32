import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SEED, generateExercise, judgeResponse, solveExercise, type ExerciseSpec } from "./index.ts";
import { checkYourselfSchema } from "./CheckYourself.schema.ts";

/** One exercise of each order-and-position kind, with the numbers the pages use. */
const AUTHORED = {
  swapped: {
    kind: "swapped-weight",
    weights: [
      [0.5, 0.25, 0.25],
      [0.25, 0.75, 0],
      [0, 0.5, 0.5],
    ],
    tokens: ["dog", "bites", "man"],
    a: 0,
    b: 2,
    i: 0,
    j: 1,
  },
  encoding: { kind: "encoding-entry", pos: 3, j: 3, dModel: 4 },
  rotate: { kind: "rotate-pair", pair: [1, 2], cos: 0.6, sin: 0.8, component: 0 },
  shift: { kind: "rope-shift", q: [1, 2, 3, 4], k: [0, 1, -1, 2], m: 3, n: 1, shift: 4, base: 100 },
  position: { kind: "rope-position", prompt: 3, decoded: 2 },
} as const satisfies Record<string, ExerciseSpec>;

function numeric(spec: ExerciseSpec) {
  const solved = solveExercise(spec);
  if (solved.answer !== "number") throw new Error("expected a numeric exercise");
  return solved;
}

describe("solveExercise on the order-and-position kinds", () => {
  // “dog bites man” → “man bites dog”: new row 0 is “man” (old row 2), new column 1 is “bites” (old column 1).
  it("swapped-weight: after swapping “dog” and “man”, row 0, column 1 is the old row 2, column 1: 0.5", () => {
    const s = numeric(AUTHORED.swapped);
    expect(s.value).toBe(0.5);
    expect(s.decimals).toBeUndefined();
    expect(s.prompt).toContain("giving “man bites dog”");
    expect(s.working[1]).toBe("So the weight is row 2, column 1 of the old map: 0.5.");
  });

  it("swapped-weight names the cell that did not move (0.25) and a row moved without its column", () => {
    const s = numeric(AUTHORED.swapped);
    expect(judgeResponse(s, "0.25").slip).toContain("the cell stayed, but the words in it changed");
    // Old row 2, column 2 (row moved, column not) is also 0.5 = the answer, so it is not a slip; column moved: 0.25.
    expect(judgeResponse(s, "0.5").status).toBe("correct");
  });

  // python3: pair 1 of 4 numbers has θ₁ = 10000^(−2/4) = 0.01; cos(3·0.01) = 0.99955.
  it("encoding-entry PE(3, 3) with 4 numbers is cos(0.03) ≈ 1.00 to 2 decimals; sin(0.03) ≈ 0.03 is named", () => {
    const s = numeric(AUTHORED.encoding);
    expect(s.value).toBeCloseTo(0.9995500337489875, 12);
    expect(s.decimals).toBe(2);
    expect(s.working[0]).toBe("Component 3 is in pair i = 1, so θ₁ = 10000^(−2/4) = 0.01.");
    expect(judgeResponse(s, "1").status).toBe("correct");
    expect(judgeResponse(s, "0.03").slip).toContain("component 3 is odd, so it is a cosine");
    // 10000^(+2/4)·3 = 300 rad: cos(300) ≈ −0.02.
    expect(judgeResponse(s, "-0.02").slip).toContain("multiplies by 10000^(2/4) instead of dividing");
  });

  it("encoding-entry PE(1, 0) is sin 1 ≈ 0.84; in degrees it would be sin 1° ≈ 0.02", () => {
    const s = numeric({ kind: "encoding-entry", pos: 1, j: 0, dModel: 4 });
    expect(s.value).toBeCloseTo(0.8414709848078965, 12);
    expect(judgeResponse(s, "0.02").slip).toContain("degrees");
    expect(judgeResponse(s, "0.54").slip).toContain("even, so it is a sine");
  });

  // q′₀ = 1·0.6 + 2·(−0.8) = −1; the other coordinate q′₁ = 1·0.8 + 2·0.6 = 2; turned back: 1·0.6 + 2·0.8 = 2.2.
  it("rotate-pair: q′₀ of (1, 2) turned by cos 0.6, sin 0.8 is 1·0.6 + 2·(−0.8) = −1", () => {
    const s = numeric(AUTHORED.rotate);
    expect(s.value).toBeCloseTo(-1, 12);
    expect(s.working).toEqual(["q′₀ = 1·0.6 + 2·(−0.8) = −1"]);
    expect(judgeResponse(s, "2").slip).toContain("the other coordinate");
    expect(judgeResponse(s, "2.2").slip).toContain("turns the pair the other way");
  });

  // python3: the score at (3, 1) and at (7, 5) is 6.96403; at (7, 1) 11.41403; at (3, 5) 1.17205.
  it("rope-shift: moving both by 4 keeps the score ≈ 6.96; moving one of them is named", () => {
    const s = numeric(AUTHORED.shift);
    expect(s.value).toBeCloseTo(6.964029950888218, 12);
    expect(s.prompt).toContain("have the score 6.96 after turning");
    expect(judgeResponse(s, "6.96").status).toBe("correct");
    expect(judgeResponse(s, "11.41").slip).toContain("moves only the query");
    expect(judgeResponse(s, "1.17").slip).toContain("moves only the key");
    // q·k unturned = 0 + 2 − 3 + 8 = 7.
    expect(judgeResponse(s, "7").slip).toContain("neither vector turned");
  });

  it("rope-position: after a prompt of 3 and 2 decode steps the new token is turned at 5; 0 is the offset bug", () => {
    const s = numeric(AUTHORED.position);
    expect(s.value).toBe(5);
    expect(judgeResponse(s, "0").slip).toContain("the classic offset bug");
    expect(judgeResponse(s, "4").slip).toContain("last cached token");
    expect(judgeResponse(s, "2").slip).toContain("only the decode steps");
  });

  it.each<[string, ExerciseSpec, string]>([
    ["a token index past the map", { ...AUTHORED.swapped, a: 3 }, "token a = 3"],
    ["weights that are not square", { ...AUTHORED.swapped, weights: [[1, 0, 0]] }, "must be square"],
    ["a cos and sin that do not make a turn", { ...AUTHORED.rotate, cos: 0.6, sin: 0.6 }, "cos² + sin² = 1"],
    ["q and k of odd length", { ...AUTHORED.shift, q: [1, 2, 3], k: [1, 2, 3] }, "RoPE turns the components in pairs"],
    ["a component past the encoding", { ...AUTHORED.encoding, j: 4 }, "component index j = 4"],
  ])("refuses %s, naming it", (_, spec, message) => {
    expect(() => solveExercise(spec)).toThrow(message);
  });
});

describe("the CheckYourself schema takes the new kinds", () => {
  it("accepts each authored exercise and refuses an unknown field", () => {
    const exercises = Object.values(AUTHORED).slice(0, 4);
    expect(checkYourselfSchema.safeParse({ id: "pos-check", exercises }).success).toBe(true);
    const extra = checkYourselfSchema.safeParse({ id: "p", exercises: [{ ...AUTHORED.position, steps: 2 }] });
    expect(extra.success).toBe(false);
  });

  it("names the exercise whose numbers do not work out", () => {
    const bad = checkYourselfSchema.safeParse({ id: "p", exercises: [{ ...AUTHORED.rotate, sin: 0.5 }] });
    expect(bad.error?.issues[0]?.message).toContain("exercise 1 (rotate-pair): rotationFromCosSin: a turn needs");
  });
});

describe("generateExercise on the order-and-position kinds", () => {
  const seed = fc.integer({ min: 0, max: MAX_SEED });
  const kinds = fc.constantFrom<ExerciseSpec>(...Object.values(AUTHORED));

  it("keeps the kind, is deterministic, and gives solvable variants with small numbers", () => {
    fc.assert(
      fc.property(seed, kinds, (s, spec) => {
        const variant = generateExercise(spec, s);
        expect(variant).toEqual(generateExercise(spec, s));
        expect(variant.kind).toBe(spec.kind);
        const solved = solveExercise(variant);
        if (solved.answer === "number") expect(Number.isFinite(solved.value)).toBe(true);
        const rest = { ...variant, base: undefined };
        const numbers = (JSON.stringify(rest).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
        expect(numbers.every((n) => Math.abs(n) <= 12)).toBe(true);
      }),
    );
  });

  it("asks swapped-weight about a cell of a swapped token, in a map whose rows sum to 1", () => {
    fc.assert(
      fc.property(seed, (s) => {
        const v = generateExercise(AUTHORED.swapped, s);
        if (v.kind !== "swapped-weight") throw new Error("kind changed");
        expect(v.a).not.toBe(v.b);
        expect([v.a, v.b]).toContain(v.i);
        v.weights.forEach((r) => expect(r.reduce((x, y) => x + y, 0)).toBe(1));
      }),
    );
  });

  it("every planted slip of a variant is recognised, unless it equals the answer", () => {
    fc.assert(
      fc.property(seed, kinds, (s, spec) => {
        const solved = solveExercise(generateExercise(spec, s));
        if (solved.answer !== "number") return;
        for (const slip of solved.slips) {
          const f = judgeResponse(solved, String(slip.value));
          if (f.status === "wrong") expect(f.slip).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
