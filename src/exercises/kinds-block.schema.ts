/**
 * The props of the transformer-block page's exercise kinds (src/exercises/kinds-block.ts), spread
 * into the union of src/exercises/CheckYourself.schema.ts.
 */
import { z } from "zod";
import { entry, MAX_SIZE, row } from "../examples/props.ts";

const index = z
  .number()
  .int()
  .min(0)
  .max(MAX_SIZE - 1);

/** norm-entry: { norm: "layer" | "rms", x: 2–6 numbers, j }; mlp-unit: { x, column (same length), bias }. */
export const blockExerciseSchemas = [
  z
    .object({
      kind: z.literal("norm-entry"),
      norm: z.enum(["layer", "rms"]).describe('"layer" or "rms"'),
      x: row(2).describe("a row of 2–6 numbers, e.g. {[3, -3, 3, 5]}"),
      j: index,
    })
    .strict(),
  z
    .object({
      kind: z.literal("mlp-unit"),
      x: row().describe("the input row, e.g. {[2, -1]}"),
      column: row().describe("the unit's column of W1, as long as x, e.g. {[1, 3]}"),
      bias: entry,
    })
    .strict(),
] as const;
