/**
 * The pieces every example's props schema is built from, with the limits of the one parser of
 * typed and linked values (src/math/parse-values.ts): what an author may write in MDX is what a
 * learner may type, so a schema never restates ±9999 or the 6×6 maximum.
 */
import { z } from "zod";
import { MAX_MAGNITUDE, MAX_SIZE, MAX_WORD_LENGTH } from "../math/parse-values.ts";

export { MAX_MAGNITUDE, MAX_SIZE, MAX_WORD_LENGTH };

/** A stable id: kebab-case, unique on its page; links and the DOM use it. */
export const exampleId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "a kebab-case id such as qkv-projection")
  .describe("a stable kebab-case id, unique on the page, e.g. qkv-projection");

/** One number as an author may write it: finite, and as large as a learner may type (±MAX_MAGNITUDE). */
export const entry = z
  .number()
  .finite()
  .refine((n) => Math.abs(n) <= MAX_MAGNITUDE, `a number between −${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}`);

/** A row of `min`–MAX_SIZE numbers. */
export function row(min = 1) {
  return z.array(entry).min(min).max(MAX_SIZE);
}

/** A matrix of 1–MAX_SIZE rows of 1–MAX_SIZE numbers; raggedness is checked by each schema's refinement. */
export const matrix = z.array(row()).min(1).max(MAX_SIZE);

/** Row or column headers, e.g. the tokens of a sentence: 1–MAX_SIZE labels of 1–MAX_WORD_LENGTH characters. */
export const labels = z.array(z.string().trim().min(1).max(MAX_WORD_LENGTH)).min(1).max(MAX_SIZE);

/** "1–6": the range of a size, for descriptions. */
export const SIZES = `1–${MAX_SIZE}`;
