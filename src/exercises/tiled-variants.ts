/**
 * "New numbers" variants of the tiled pages' exercise kinds (kinds-tiled.ts) from a seed, keeping
 * the authored sizes. Their MDX props schemas are in tiled-variants.schema.ts, apart, so that the
 * exercises' island code never loads zod.
 */
import { mulberry32, onlineSoftmax, shapeOf, type Rng, type Vector } from "../math/index.ts";
import type { TiledExerciseSpec } from "./kinds-tiled.ts";

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
