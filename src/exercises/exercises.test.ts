import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canGenerate,
  generateExercise,
  judgeResponse,
  MAX_SEED,
  readSeed,
  solveExercise,
  type ExerciseSpec,
  type SolvedExercise,
} from "./index.ts";

/** One authored exercise of every kind, with the numbers the pages use. */
const AUTHORED: readonly ExerciseSpec[] = [
  {
    kind: "projection-entry",
    x: [2, 3],
    W: [
      [1, 10],
      [0, -1],
    ],
    j: 1,
  },
  {
    kind: "projection-column",
    x: [2, 3],
    W: [
      [1, 10],
      [0, -1],
    ],
    j: 1,
  },
  { kind: "dot-product", a: [3, 1], b: [1, 2] },
  {
    kind: "score",
    Q: [
      [1, 0],
      [0, 1],
      [1, 1],
    ],
    K: [
      [1, 0],
      [2, 1],
      [0, 2],
    ],
    i: 2,
    j: 1,
    tokens: ["the", "cat", "sat"],
  },
  { kind: "scaled-score", score: 6, dk: 4 },
  { kind: "softmax-weight", scores: [2, 1, 0], j: 0 },
  { kind: "masked-keys", tokens: ["The", "cat", "sat", "down"], i: 1 },
  {
    kind: "weighted-sum",
    weights: [0.5, 0.25, 0.25],
    V: [
      [4, 0],
      [0, 2],
      [2, 2],
    ],
    c: 0,
  },
  {
    kind: "embedding-entry",
    E: [
      [1, 0, 2],
      [0, 3, -1],
      [2, 1, 1],
    ],
    vocabulary: ["the", "cat", "sat"],
    token: 1,
    c: 2,
  },
  { kind: "kv-cache-rows", prefill: 4, decode: 2 },
  {
    kind: "kv-cache-bytes",
    layers: 32,
    kvHeads: 8,
    queryHeads: 32,
    headDim: 128,
    seqLen: 4096,
    batch: 1,
    bytesPerValue: 2,
    unit: "MiB",
  },
  {
    kind: "choice",
    question: "What does the KV cache store?",
    hint: "Which vectors of earlier tokens does a new query need?",
    options: [
      { text: "Keys and values of earlier tokens", why: "They do not change.", correct: true },
      { text: "Queries of earlier tokens", why: "Old queries are never used again." },
    ],
  },
];

function numeric(solved: SolvedExercise) {
  if (solved.answer !== "number") throw new Error("expected a numeric exercise");
  return solved;
}

const seedArb = fc.integer({ min: 0, max: MAX_SEED });

describe("solveExercise works out the authored numbers", () => {
  it("projection-entry y₁ with x = (2, 3), W = [[1, 10], [0, −1]] is 2·10 + 3·(−1) = 17", () => {
    const s = numeric(solveExercise(AUTHORED[0]!));
    expect(s.value).toBe(17);
    expect(s.working).toEqual(["y₁ = 2·10 + 3·(−1) = 17"]);
    expect(s.setup).toBe("y₁ = 2·10 + 3·(−1)");
  });

  it("dot-product (3, 1)·(1, 2) = 3·1 + 1·2 = 5", () => {
    expect(numeric(solveExercise(AUTHORED[2]!)).working).toEqual(["a·b = 3·1 + 1·2 = 5"]);
  });

  it("score S₂₁ for 'sat' against 'cat' is q₂·k₁ = 1·2 + 1·1 = 3 (the scores page's number)", () => {
    const s = numeric(solveExercise(AUTHORED[3]!));
    expect(s.value).toBe(3);
    expect(s.working).toEqual(["S₂₁ = 1·2 + 1·1 = 3"]);
  });

  it("scaled-score 6 / √4 = 6 / 2 = 3, exact, so no decimals are asked", () => {
    const s = numeric(solveExercise(AUTHORED[4]!));
    expect(s.value).toBe(3);
    expect(s.decimals).toBeUndefined();
    expect(s.working).toEqual(["6 / √4 = 6 / 2 = 3"]);
  });

  it("softmax-weight of score 2 in (2, 1, 0) is 1 / (1 + 0.368 + 0.135) ≈ 0.67, asked to 2 decimals", () => {
    // exp(0) = 1, exp(−1) = 0.3678794, exp(−2) = 0.1353353; 1 / 1.5032147 = 0.6652410.
    const s = numeric(solveExercise(AUTHORED[5]!));
    expect(s.value).toBeCloseTo(0.665241, 6);
    expect(s.decimals).toBe(2);
    expect(s.working[1]).toBe(
      "w₀ = exp(0) / (exp(0) + exp(−1) + exp(−2)) ≈ 1 / (1 + 0.368 + 0.135) ≈ 1 / 1.503 ≈ 0.67",
    );
  });

  it("masked-keys for 'cat' (token 1) of 'The cat sat down' removes 'sat' and 'down'", () => {
    const s = solveExercise(AUTHORED[6]!);
    expect(s.answer === "select" && s.correct).toEqual([2, 3]);
  });

  it("weighted-sum o₀ = 0.5·4 + 0.25·0 + 0.25·2 = 2.5 (the weighted-sum page's output for 'the')", () => {
    expect(numeric(solveExercise(AUTHORED[7]!)).working).toEqual(["o₀ = 0.5·4 + 0.25·0 + 0.25·2 = 2.5"]);
  });

  it("embedding-entry reads row 1, column 2: −1", () => {
    expect(numeric(solveExercise(AUTHORED[8]!)).value).toBe(-1);
  });

  it("kv-cache-rows after prefilling 4 tokens and 2 decode steps is 4 + 2 = 6", () => {
    expect(numeric(solveExercise(AUTHORED[9]!)).value).toBe(6);
  });

  it("kv-cache-bytes for 32 layers, 8 KV heads, 128, 4096 tokens, fp16 is 2·32·8·128·4096·1·2 = 536,870,912 B = 512 MiB", () => {
    // 2·32 = 64; ·8 = 512; ·128 = 65,536; ·4096 = 268,435,456; ·2 bytes = 536,870,912 = 512·1024².
    const s = numeric(solveExercise(AUTHORED[10]!));
    expect(s.value).toBe(512);
    expect(s.decimals).toBeUndefined();
    expect(s.working[0]).toContain("= 536,870,912 bytes = 536,870,912 / 1,048,576 = 512 MiB");
  });

  it("choice needs exactly one correct option", () => {
    expect(() => solveExercise({ kind: "choice", question: "?", hint: "", options: [{ text: "a", why: "" }] })).toThrow(
      RangeError,
    );
  });
});

describe("judgeResponse", () => {
  const projection = solveExercise(AUTHORED[0]!);

  it.each(["17", "17.0", "+17", " 17 "])("accepts %j for y₁ = 17 and shows the working", (text) => {
    const f = judgeResponse(projection, text);
    expect(f.status).toBe("correct");
    expect(f.working).toEqual(["y₁ = 2·10 + 3·(−1) = 17"]);
  });

  it.each(["", "abc", "1e999", "NaN"])("treats %j as not an answer, not as wrong", (text) => {
    expect(judgeResponse(projection, text).status).toBe("invalid");
  });

  it("names a dropped sign: 23 = 2·10 + 3·1", () => {
    const f = judgeResponse(projection, "23");
    expect(f.status).toBe("wrong");
    expect(f.slip).toContain("2·10 + 3·1 = 23");
    expect(f.slip).toContain("minus sign was dropped");
    expect(f.working).toEqual(["y₁ = 2·10 + 3·(−1)"]);
  });

  it("names a row used instead of a column: x·(row 1 of W) = 2·0 + 3·(−1) = −3", () => {
    const f = judgeResponse(projection, "\u22123");
    expect(f.slip).toContain("you used row 1 of W");
    expect(f.slip).toContain("2·0 + 3·(−1) = −3");
  });

  it("names the other column: y₀ = 2·1 + 3·0 = 2", () => {
    expect(judgeResponse(projection, "2").slip).toContain("from column 0 of W");
  });

  it("a wrong answer with no known slip still shows the set-up with the learner's numbers", () => {
    const f = judgeResponse(projection, "100");
    expect(f.status).toBe("wrong");
    expect(f.slip).toBeUndefined();
    expect(f.working).toEqual(["y₁ = 2·10 + 3·(−1)"]);
  });

  it("names a forgotten √dₖ: 6 instead of 6 / √4", () => {
    expect(judgeResponse(solveExercise(AUTHORED[4]!), "6").slip).toContain("still has to be divided by √dₖ");
    expect(judgeResponse(solveExercise(AUTHORED[4]!), "1.5").slip).toContain("divided by dₖ itself");
  });

  it("softmax: accepts 0.67 and 0.665 within ±0.005, names the forgotten shift and plain proportions", () => {
    const s = solveExercise(AUTHORED[5]!);
    expect(judgeResponse(s, "0.67").status).toBe("correct");
    expect(judgeResponse(s, "0.665").status).toBe("correct");
    // exp(0)/(exp(2)+exp(1)+exp(0)) = 1/11.107 = 0.09: shifted on top, not in the sum.
    expect(judgeResponse(s, "0.09").slip).toContain("max shift was done on top but not in the sum");
    // 2/(2+1+0) = 0.67 too — equal to the answer, so it is not a slip; the weight of entry 1 is 0.24.
    expect(judgeResponse(s, "0.24").slip).toContain("weight of entry 1");
  });

  it("swapped query and key: S₁₂ = q₁·k₂ = 0·0 + 1·2 = 2 instead of S₂₁ = 3", () => {
    expect(judgeResponse(solveExercise(AUTHORED[3]!), "2").slip).toContain("query and key were swapped");
  });

  it("masked-keys: the exact set is right; including the token itself or picking the kept keys is named", () => {
    const s = solveExercise(AUTHORED[6]!);
    expect(judgeResponse(s, [3, 2]).status).toBe("correct");
    expect(judgeResponse(s, [1, 2, 3]).slip).toContain("itself was removed too");
    expect(judgeResponse(s, [0, 1]).slip).toContain("keys “cat” keeps");
  });

  it("weighted-sum: the unweighted sum 4 + 0 + 2 = 6 is named", () => {
    expect(judgeResponse(solveExercise(AUTHORED[7]!), "6").slip).toContain("added without their weights");
  });

  it("kv-cache-rows: 4 (prompt only) and 8 (4 × 2) are named", () => {
    const s = solveExercise(AUTHORED[9]!);
    expect(judgeResponse(s, "4").slip).toContain("only the prompt");
    expect(judgeResponse(s, "8").slip).toContain("4 × 2");
  });

  it("kv-cache-bytes: 256 MiB (no factor 2), 2048 MiB (query heads) and 536.87 (powers of 1000) are named", () => {
    const s = solveExercise(AUTHORED[10]!);
    expect(judgeResponse(s, "256").slip).toContain("factor 2");
    expect(judgeResponse(s, "2048").slip).toContain("32 query heads");
    expect(judgeResponse(s, "536.870912").slip).toContain("powers of 1024");
  });

  it("kv-cache-bytes: when two slips give the same number, both are named", () => {
    // Llama 3 8B at 8,192 tokens: 2·32·8·128·8192·1·2 = 1,073,741,824 B = 1 GiB. Leaving out the
    // factor 2 and leaving out the 2 bytes per number both give 0.5 GiB.
    const s = solveExercise({
      kind: "kv-cache-bytes",
      layers: 32,
      kvHeads: 8,
      queryHeads: 32,
      headDim: 128,
      seqLen: 8192,
      batch: 1,
      bytesPerValue: 2,
      unit: "GiB",
    });
    expect(numeric(s).value).toBe(1);
    const slip = judgeResponse(s, "0.5").slip;
    expect(slip).toContain("factor 2");
    expect(slip).toContain("Another slip gives the same number: That counts numbers, not bytes");
    expect(judgeResponse(s, "4").slip).toContain("32 query heads");
  });

  it("choice: the right option is correct; a wrong one gives its reason", () => {
    const s = solveExercise(AUTHORED[11]!);
    expect(judgeResponse(s, 0).status).toBe("correct");
    expect(judgeResponse(s, 1)).toMatchObject({ status: "wrong", slip: "Old queries are never used again." });
    expect(judgeResponse(s, 5).status).toBe("invalid");
  });
});

describe("generateExercise", () => {
  const generated = AUTHORED.filter(canGenerate);

  it("is deterministic: the same seed gives the same variant", () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...generated), (seed, spec) => {
        expect(generateExercise(spec, seed)).toEqual(generateExercise(spec, seed));
      }),
    );
  });

  it("keeps the kind and makes solvable variants with small whole numbers and a finite answer", () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...generated), (seed, spec) => {
        const variant = generateExercise(spec, seed);
        expect(variant.kind).toBe(spec.kind);
        const solved = solveExercise(variant);
        const numbers = JSON.stringify(variant)
          .match(/-?\d+(\.\d+)?/g)!
          .map(Number);
        if (variant.kind !== "kv-cache-bytes") expect(numbers.every((n) => Math.abs(n) <= 64)).toBe(true);
        if (solved.answer === "number") {
          expect(Number.isFinite(solved.value)).toBe(true);
          // Integer inputs give integer answers unless the kind asks for decimals (or quarters for weights).
          if (solved.decimals === undefined) expect(Number.isInteger(solved.value * 4)).toBe(true);
          expect(Math.abs(solved.value)).toBeLessThan(1e6);
        }
      }),
    );
  });

  it("different seeds usually give different variants", () => {
    const spec = AUTHORED[0]!;
    const variants = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(generateExercise(spec, seed))));
    expect(variants.size).toBeGreaterThan(15);
  });

  it("score variants ask about two different tokens, so swapping them is a visible slip", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const v = generateExercise(AUTHORED[3]!, seed);
        expect(v.kind === "score" && v.i !== v.j).toBe(true);
      }),
    );
  });

  it("every planted slip of a variant is recognised by judgeResponse (unless it equals the answer)", () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...generated), (seed, spec) => {
        const solved = solveExercise(generateExercise(spec, seed));
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

describe("readSeed", () => {
  it.each([
    ["42", 42],
    ["0", 0],
    [" 4", 4],
    ["4294967295", MAX_SEED],
  ])("reads %j as %d", (text, seed) => expect(readSeed(text)).toEqual({ ok: true, value: seed }));

  it.each(["", "abc", "1.5", "-3", "4294967296", "12345678901", "NaN", "1e999"])(
    "refuses %j, saying what a seed is",
    (text) => {
      const read = readSeed(text);
      expect(read.ok).toBe(false);
      expect(read.ok ? "" : read.message).toContain("a whole number from 0 to 4,294,967,295");
    },
  );
});
