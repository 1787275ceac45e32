import { z } from "zod";
import { BASE_LIMITS, POSITION_LIMITS } from "../math/index.ts";
import { entry, MAX_SIZE, matrix, row } from "../examples/props.ts";

const index = z
  .number()
  .int()
  .min(0)
  .max(MAX_SIZE - 1);
const position = z.number().int().min(POSITION_LIMITS.min).max(POSITION_LIMITS.max);
const base = z.number().positive().max(BASE_LIMITS.max).optional();

/**
 * The props of the order-and-position kinds in <CheckYourself> (kinds-positions.ts says what each
 * asks); CheckYourself.schema.ts adds them to its list of kinds.
 */
export const positionExerciseSchemas = [
  z
    .object({
      kind: z.literal("swapped-weight"),
      weights: matrix,
      tokens: z.array(z.string().min(1).max(24)).min(2).max(MAX_SIZE),
      a: index,
      b: index,
      i: index,
      j: index,
    })
    .strict(),
  z
    .object({
      kind: z.literal("encoding-entry"),
      pos: position,
      j: index,
      dModel: z.number().int().min(1).max(8),
      base,
    })
    .strict(),
  z
    .object({
      kind: z.literal("rotate-pair"),
      pair: row(2).max(2),
      cos: entry,
      sin: entry,
      component: z.literal([0, 1]),
    })
    .strict(),
  z
    .object({ kind: z.literal("rope-shift"), q: row(2), k: row(2), m: position, n: position, shift: position, base })
    .strict(),
  z
    .object({
      kind: z.literal("rope-position"),
      prompt: z.number().int().min(1).max(100_000),
      decoded: z.number().int().min(0).max(100_000),
    })
    .strict(),
] as const;
