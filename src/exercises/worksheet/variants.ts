/**
 * Worksheets: numbered variants of a page's "Check yourself" exercises for a class. A variant is
 * named by a short whole-number code; each exercise in it gets its own seed from the code and its
 * place, so the printed code opens exactly those numbers on the concept page (`?set=<code>`), and
 * the answer key solves the same variants with the same generators and judges.
 */
import { readWhole, type Read } from "../../math/parse-values.ts";
import { canGenerate, generateExercise, solveExercise, type ExerciseSpec, type SolvedExercise } from "../core.ts";

/** Fewest and most variants one worksheet may hold. */
export const MIN_VARIANTS = 1;
export const MAX_VARIANTS = 40;
/** Variants a worksheet holds when the link does not say. */
export const DEFAULT_VARIANTS = 4;
/** The first variant's code when the link does not say: four digits, easy to type. */
export const DEFAULT_FIRST_CODE = 1001;
/** The largest code: codes are whole numbers a learner types, well inside the seed range. */
export const MAX_CODE = 999_999;

/** The URL parameters of a worksheet page and of the concept page that opens one variant. */
export const WORKSHEET_PARAMS = { variants: "variants", first: "first", set: "set" } as const;

/**
 * The seed of exercise `n` (from 1) in the variant with code `code`: a fixed mix of the two
 * (the same for every build and browser), so neighbouring codes give unrelated numbers.
 */
export function variantSeed(code: number, n: number): number {
  let h = Math.imul(code ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13) ^ Math.imul(n, 0xc2b2ae35), 0x27d4eb2f) >>> 0;
  return (h ^ (h >>> 16)) >>> 0; // 0 … 2³² − 1, the seeds generateExercise takes (MAX_SEED)
}

/** The exercise in the variant `code` (null: the page's own numbers), as the concept page shows it. */
export function exerciseInVariant(spec: ExerciseSpec, code: number | null, n: number): ExerciseSpec {
  return code === null || !canGenerate(spec) ? spec : generateExercise(spec, variantSeed(code, n));
}

/** Reads how many variants a worksheet holds: a whole number from MIN_VARIANTS to MAX_VARIANTS. */
export function readVariantCount(text: string): Read<number> {
  return readWhole(text, "the number of variants", MIN_VARIANTS, MAX_VARIANTS);
}

/** Reads a variant code: a whole number from 0 to MAX_CODE. */
export function readVariantCode(text: string): Read<number> {
  return readWhole(text, "a variant code", 0, MAX_CODE);
}

/** One "Check yourself" section of a page, as its island props hold it. */
export interface ExerciseSet {
  /** The section's id on its page, e.g. "softmax-check". */
  readonly id: string;
  readonly exercises: readonly ExerciseSpec[];
}

/** One printed variant: its code and every exercise of the page in it, solved. */
export interface WorksheetVariant {
  readonly code: number;
  readonly exercises: readonly { readonly exerciseId: string; readonly n: number; readonly solved: SolvedExercise }[];
}

/**
 * The variants `first`, `first + 1`, … (`count` of them) of every exercise in `sets`, numbered
 * through the page from 1 as a learner meets them. Codes past MAX_CODE wrap to 0.
 */
export function worksheetVariants(sets: readonly ExerciseSet[], count: number, first: number): WorksheetVariant[] {
  return Array.from({ length: count }, (_, v) => {
    const code = (first + v) % (MAX_CODE + 1);
    let n = 0;
    const exercises = sets.flatMap((set) =>
      set.exercises.map((spec, k) => {
        n += 1;
        return { exerciseId: `${set.id}-${k + 1}`, n, solved: solveExercise(exerciseInVariant(spec, code, k + 1)) };
      }),
    );
    return { code, exercises };
  });
}

/** What the worksheet link asked for, read as far as it can be, with a note about what was not used. */
export interface WorksheetRequest {
  readonly count: number;
  readonly first: number;
  /** Empty when every parameter was read; otherwise one sentence per parameter not used. */
  readonly notes: readonly string[];
}

/** Reads `?variants=` and `?first=` from a worksheet link; a bad value falls back to the default and says so. */
export function readWorksheetRequest(params: URLSearchParams): WorksheetRequest {
  const notes: string[] = [];
  const read = (name: string, reader: (text: string) => Read<number>, fallback: number): number => {
    const text = params.get(name);
    if (text === null) return fallback;
    const result = reader(text);
    if (result.ok) return result.value;
    notes.push(`“${name}=${text}” in the link was not used: ${result.message} Using ${fallback}.`);
    return fallback;
  };
  return {
    count: read(WORKSHEET_PARAMS.variants, readVariantCount, DEFAULT_VARIANTS),
    first: read(WORKSHEET_PARAMS.first, readVariantCode, DEFAULT_FIRST_CODE),
    notes,
  };
}
