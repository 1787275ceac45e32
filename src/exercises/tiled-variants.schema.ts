/**
 * The MDX props schema of each tiled exercise kind (kinds-tiled.ts), for the discriminated union in
 * CheckYourself.schema.ts. Build-time only: the island code imports tiled-variants.ts, not this.
 */
import { z } from "zod";
import { FLASH_IO_LIMITS } from "../math/index.ts";
import { matrix, MAX_SIZE, row } from "../examples/props.ts";

const index = z
  .number()
  .int()
  .min(0)
  .max(MAX_SIZE - 1);
const size = z.number().int().min(1).max(MAX_SIZE);

export const tiledExerciseSchemas = [
  z
    .object({
      kind: z.literal("online-softmax-step"),
      scores: row(2),
      tileSize: size,
      tile: index,
      ask: z.enum(["max", "factor", "sum"]),
    })
    .strict(),
  z
    .object({
      kind: z.literal("flash-accumulator"),
      q: row(),
      K: matrix,
      V: matrix,
      blockCols: size,
      block: index,
      c: index,
    })
    .strict(),
  z
    .object({
      kind: z.literal("attention-io"),
      n: z.number().int().min(FLASH_IO_LIMITS.sequenceLength.min).max(FLASH_IO_LIMITS.sequenceLength.max),
      d: z.number().int().min(FLASH_IO_LIMITS.headDim.min).max(FLASH_IO_LIMITS.headDim.max),
    })
    .strict(),
] as const;
