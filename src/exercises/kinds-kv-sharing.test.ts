import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkYourselfSchema } from "./CheckYourself.schema.ts";
import { generateExercise, judgeResponse, solveExercise, type ExerciseSpec } from "./index.ts";

const value = (spec: ExerciseSpec) => {
  const solved = solveExercise(spec);
  if (solved.answer !== "number") throw new Error("expected a number answer");
  return solved;
};

describe("kv-head-for (worked by hand: group size h/G, then ⌈i / group size⌉)", () => {
  it.each([
    [4, 2, 3, 2], // group 2: heads 3 and 4 read KV head 2
    [8, 2, 5, 2], // group 4: heads 5–8
    [6, 3, 6, 3], // group 2: heads 5 and 6
    [4, 1, 3, 1], // MQA: all read KV head 1
    [4, 4, 3, 3], // MHA: each its own
  ])("%i query heads, %i KV heads: query head %i reads KV head %i", (queryHeads, kvHeads, queryHead, expected) => {
    const solved = value({ kind: "kv-head-for", queryHeads, kvHeads, queryHead });
    expect(solved.value).toBe(expected);
    expect(solved.working.join(" ")).toContain(`KV head ${expected}`);
  });

  it("names the slip of dealing heads out in turn and the one of counting from 0", () => {
    const spec: ExerciseSpec = { kind: "kv-head-for", queryHeads: 8, kvHeads: 2, queryHead: 3 };
    // consecutive groups: 3 is in heads 1–4, KV head 1; in turn: 1, 2, 1 → KV head 1 too; from 0: 0
    expect(judgeResponse(solveExercise(spec), "0").message).toContain("from 0");
    const other: ExerciseSpec = { kind: "kv-head-for", queryHeads: 8, kvHeads: 4, queryHead: 3 };
    // groups of 2: head 3 reads KV head 2; dealt out in turn it would be KV head 3
    expect(judgeResponse(solveExercise(other), "3").message).toContain("in turn");
  });

  it("refuses counts that do not divide and a head number past the last", () => {
    expect(() => solveExercise({ kind: "kv-head-for", queryHeads: 4, kvHeads: 3, queryHead: 1 })).toThrow(
      /multiple of the number of KV heads/,
    );
    expect(() => solveExercise({ kind: "kv-head-for", queryHeads: 4, kvHeads: 2, queryHead: 5 })).toThrow(
      /from 1 to 4; received 5/,
    );
  });
});

describe("paged-blocks (worked by hand)", () => {
  it.each([
    // 2 sequences, prompt 5, 3 new, blocks of 4: prompt blocks [4][1]; the part-full block is copied once
    // and both fill it to 4: 1 full + 2 partial copies + 0 new = 3 (4 without sharing)
    [2, 5, 3, 4, 3],
    // 3 sequences, prompt 8 = 2 full blocks of 4, 2 new each → 1 new block each: 2 + 3 = 5 (9 without)
    [3, 8, 2, 4, 5],
    // 2 sequences, prompt 6, nothing generated: [4][2] stay shared: 2 (4 without)
    [2, 6, 0, 4, 2],
    // 2 sequences, prompt 3, 4 new, blocks of 2: [2][1], the [1] copied once, each fills it then opens
    // ⌈3/2⌉ = 2 new: 1 + 2 + 4 = 7 (2 · ⌈7/2⌉ = 8 without)
    [2, 3, 4, 2, 7],
  ])(
    "%i sequences, prompt %i, %i new tokens, blocks of %i: %i physical blocks",
    (sequences, promptTokens, generatedTokens, blockSize, expected) => {
      const solved = value({ kind: "paged-blocks", sequences, promptTokens, generatedTokens, blockSize });
      expect(solved.value).toBe(expected);
      expect(solved.working.at(-1)).toContain(`= ${expected} physical blocks`);
    },
  );

  it("says so when a learner gives every sequence its own prompt", () => {
    const solved = solveExercise({
      kind: "paged-blocks",
      sequences: 3,
      promptTokens: 8,
      generatedTokens: 2,
      blockSize: 4,
    });
    expect(judgeResponse(solved, "9").message).toContain("its own copy of the prompt");
  });
});

describe("kv-sharing variants", () => {
  it("are solvable, within the schema, and the same for the same seed", () => {
    const authored: ExerciseSpec[] = [
      { kind: "kv-head-for", queryHeads: 4, kvHeads: 2, queryHead: 3 },
      { kind: "paged-blocks", sequences: 2, promptTokens: 5, generatedTokens: 3, blockSize: 4 },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        for (const spec of authored) {
          const variant = generateExercise(spec, seed);
          expect(variant).toEqual(generateExercise(spec, seed));
          expect(variant.kind).toBe(spec.kind);
          expect(() => solveExercise(variant)).not.toThrow();
          expect(checkYourselfSchema.safeParse({ id: "x", exercises: [variant] }).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a broken authored exercise fails the props check, naming the exercise", () => {
    const parsed = checkYourselfSchema.safeParse({
      id: "x",
      exercises: [{ kind: "kv-head-for", queryHeads: 4, kvHeads: 3, queryHead: 1 }],
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("exercise 1 (kv-head-for)");
  });
});
