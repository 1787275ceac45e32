import { describe, expect, it } from "vitest";
import { judgeResponse, MAX_SEED, type ExerciseSpec, type SolvedExercise } from "../index.ts";
import { keyAnswer, optionLetter } from "./WorksheetSheet.tsx";
import {
  DEFAULT_FIRST_CODE,
  DEFAULT_VARIANTS,
  exerciseInVariant,
  MAX_VARIANTS,
  readVariantCount,
  readWorksheetRequest,
  variantSeed,
  worksheetVariants,
  type ExerciseSet,
} from "./variants.ts";

const dot: ExerciseSpec = { kind: "dot-product", a: [3, 1], b: [1, 2] };
const choice: ExerciseSpec = {
  kind: "choice",
  question: "Which is larger?",
  hint: "Compare.",
  options: [
    { text: "Two", why: "2 > 1.", correct: true },
    { text: "One", why: "1 < 2." },
  ],
};
const softmax: ExerciseSpec = { kind: "softmax-weight", scores: [1, 2, 0], j: 1 };
const sets: ExerciseSet[] = [
  { id: "first-check", exercises: [dot, choice] },
  { id: "second-check", exercises: [softmax] },
];

/** The response a learner would give to match the key: the stated number, the letter's option, the keys. */
function responseFromKey(solved: SolvedExercise): string | number | readonly number[] {
  const stated = keyAnswer(solved);
  if (solved.answer === "number") return stated.replace(/^≈ /, "").split(" ")[0]!;
  if (solved.answer === "choice") return stated.charCodeAt(0) - 65;
  return solved.correct;
}

describe("variantSeed", () => {
  it("is a whole seed in range, the same on every call", () => {
    for (let code = 0; code < 200; code += 7)
      for (let n = 1; n <= 4; n++) {
        const seed = variantSeed(code, n);
        expect(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED).toBe(true);
        expect(variantSeed(code, n)).toBe(seed);
      }
  });

  it("gives every exercise of forty neighbouring codes its own seed", () => {
    const seeds = new Set<number>();
    for (let code = DEFAULT_FIRST_CODE; code < DEFAULT_FIRST_CODE + MAX_VARIANTS; code++)
      for (let n = 1; n <= 4; n++) seeds.add(variantSeed(code, n));
    expect(seeds.size).toBe(MAX_VARIANTS * 4);
  });
});

describe("worksheetVariants", () => {
  const variants = worksheetVariants(sets, 5, 2000);

  it("numbers the variants by consecutive codes and the exercises through the page", () => {
    expect(variants.map((v) => v.code)).toEqual([2000, 2001, 2002, 2003, 2004]);
    expect(variants[0]!.exercises.map((e) => [e.exerciseId, e.n])).toEqual([
      ["first-check-1", 1],
      ["first-check-2", 2],
      ["second-check-1", 3],
    ]);
  });

  it("gives each variant its own numbers, and the dot product answer is a·b of those numbers", () => {
    const shown = variants.map((v) => JSON.stringify(v.exercises[0]!.solved.tables));
    expect(new Set(shown).size).toBe(variants.length);
    variants.forEach((v) => {
      const spec = exerciseInVariant(dot, v.code, 1);
      if (spec.kind !== "dot-product") throw new Error("kind changed");
      const byHand = spec.a.reduce((sum, a, i) => sum + a * spec.b[i]!, 0);
      const solved = v.exercises[0]!.solved;
      expect(solved.answer === "number" && solved.value).toBe(byHand);
    });
  });

  it("leaves a choice as written, with its letters", () => {
    variants.forEach((v) => expect(keyAnswer(v.exercises[1]!.solved)).toBe(`${optionLetter(0)}. Two`));
  });

  it("has a key whose every answer the page's judge marks right", () => {
    worksheetVariants(sets, MAX_VARIANTS, 0).forEach((v) =>
      v.exercises.forEach(({ solved }) =>
        expect(judgeResponse(solved, responseFromKey(solved)).status).toBe("correct"),
      ),
    );
  });

  it("is the same exercise the concept page shows for ?set=<code>", () => {
    const onPage = exerciseInVariant(softmax, 2003, 1);
    expect(variants[3]!.exercises[2]!.solved.tables).toEqual(
      worksheetVariants([{ id: "x", exercises: [onPage] }], 1, 0)[0]!.exercises[0]!.solved.tables,
    );
  });
});

describe("reading a worksheet link", () => {
  it.each([
    ["4", 4],
    ["40", 40],
    ["1", 1],
  ])("accepts %s variants", (text, count) => {
    expect(readVariantCount(text)).toEqual({ ok: true, value: count });
  });

  it.each(["0", "41", "2.5", "abc", ""])("refuses %j variants, saying what is accepted", (text) => {
    const read = readVariantCount(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain("a whole number from 1 to 40");
  });

  it("keeps what it can read and names what it dropped", () => {
    const request = readWorksheetRequest(new URLSearchParams("variants=50&first=1200"));
    expect(request.count).toBe(DEFAULT_VARIANTS);
    expect(request.first).toBe(1200);
    expect(request.notes).toHaveLength(1);
    expect(request.notes[0]).toMatch(/“variants=50” in the link was not used: .*1 to 40.*Using 4\./);
  });

  it("uses the defaults for a link without parameters", () => {
    expect(readWorksheetRequest(new URLSearchParams(""))).toEqual({
      count: DEFAULT_VARIANTS,
      first: DEFAULT_FIRST_CODE,
      notes: [],
    });
  });
});
