/**
 * What the tiled pages' exercise kinds (kinds-tiled.ts) need beyond solving: the MDX props schema
 * of each kind, and "New numbers" variants from a seed, keeping the authored sizes.
 */
import { z } from "zod";
import { FLASH_IO_LIMITS, mulberry32, onlineSoftmax, shapeOf, type Rng, type Vector } from "../math/index.ts";
import { matrix, MAX_SIZE, row } from "../examples/props.ts";
import type { TiledExerciseSpec } from "./kinds-tiled.ts";

const index = z
  .number()
  .int()
  .min(0)
  .max(MAX_SIZE - 1);
const size = z.number().int().min(1).max(MAX_SIZE);

/** Props schemas of the tiled kinds, for the discriminated union in CheckYourself.schema.ts. */
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

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const wholeRow = (rng: Rng, n: number, min: number, max: number): Vector =>
  Array.from({ length: n }, () => int(rng, min, max));

/**
 * A variant of a tiled exercise from `seed`: same kind, row length, tile size and matrix shapes;
 * scores 0 … 5, vectors −2 … 2, and a tile or block that exists.
 */
export function generateTiledExercise(spec: TiledExerciseSpec, seed: number): TiledExerciseSpec {
  const rng = mulberry32(seed);
  switch (spec.kind) {
    case "online-softmax-step": {
      const scores = wholeRow(rng, spec.scores.length, 0, 5);
      const tiles = onlineSoftmax(scores, spec.tileSize).steps.length;
      return { ...spec, scores, tile: int(rng, 1, Math.max(1, tiles - 1)) };
    }
    case "flash-accumulator": {
      const [t, d] = shapeOf(spec.K);
      const [, dv] = shapeOf(spec.V);
      const blocks = Math.ceil(t / spec.blockCols);
      return {
        ...spec,
        q: wholeRow(rng, d, -2, 2),
        K: Array.from({ length: t }, () => wholeRow(rng, d, -2, 2)),
        V: Array.from({ length: t }, () => wholeRow(rng, dv, -4, 4)),
        block: int(rng, 0, blocks - 1),
        c: int(rng, 0, dv - 1),
      };
    }
    case "attention-io":
      return { kind: spec.kind, n: [4, 8, 16, 32, 64][int(rng, 0, 4)]!, d: [2, 4, 8][int(rng, 0, 2)]! };
  }
}
