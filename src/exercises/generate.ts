/**
 * "New numbers": a fresh variant of an exercise, a pure function of a seed, keeping the authored
 * exercise's kind and shape (so the page's words still fit) and using small whole numbers a person
 * can multiply in their head. The same seed always gives the same variant.
 */
import { readWhole, type Read } from "../math/parse-values.ts";
import type { ExerciseSpec } from "./kinds.ts";
import { familyFor, isFamilyExercise } from "./families.ts";

/** Largest seed; seeds are whole numbers 0 … 2³² − 1, written in the URL in decimal. */
export const MAX_SEED = 0xffffffff;

/**
 * A variant of `spec` from `seed`: same kind and sizes, new numbers and indices, made by the
 * code of the family the kind belongs to (which must be loaded, see families.ts). Multiple-choice
 * exercises other than "projection-column" have no numbers and come back unchanged.
 * @param seed whole number 0 … MAX_SEED
 */
export function generateExercise(spec: ExerciseSpec, seed: number): ExerciseSpec {
  if (isFamilyExercise(spec)) return familyFor(spec).generate(spec, seed);
  return spec; // "choice": no numbers to change
}

/** Whether "New numbers" can change this exercise. */
export function canGenerate(spec: ExerciseSpec): boolean {
  return spec.kind !== "choice";
}

/**
 * Reads a seed written in a URL with the site's one reader of typed and linked values
 * (readWhole): a whole number 0 … MAX_SEED.
 * @returns the seed, or the message saying what was wrong and what is accepted
 */
export function readSeed(text: string): Read<number> {
  return readWhole(text, "a seed", 0, MAX_SEED);
}
