/**
 * "New numbers" for the order-and-position kinds (kinds-positions.ts): the same kind and sizes,
 * fresh small numbers from the seeded generator that generate.ts passes in.
 */
import type { Rng } from "../math/index.ts";
import type { PositionExerciseSpec } from "./kinds-positions.ts";

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A row of weights in quarters (exact in binary) that sums to 1. */
function quarterRow(rng: Rng, n: number): number[] {
  const counts = Array.from({ length: n }, () => 0);
  for (let q = 0; q < 4; q++) counts[int(rng, 0, n - 1)]! += 1;
  return counts.map((c) => c / 4);
}

/** Whole numbers −2 … 2, not all zero. */
function smallVector(rng: Rng, n: number): number[] {
  for (;;) {
    const v = Array.from({ length: n }, () => int(rng, -2, 2));
    if (v.some((x) => x !== 0)) return v;
  }
}

/** Turns a learner can do by hand: cos and sin from 3-4-5 triangles and quarter turns. */
const TURNS: readonly (readonly [number, number])[] = [
  [0.6, 0.8],
  [0.8, 0.6],
  [-0.6, 0.8],
  [0.8, -0.6],
  [0, 1],
  [-1, 0],
];

/** A variant of a position exercise from the generator: same kind and sizes, new numbers. */
export function generatePositionExercise(spec: PositionExerciseSpec, rng: Rng): PositionExerciseSpec {
  switch (spec.kind) {
    case "swapped-weight": {
      const n = spec.tokens.length;
      const a = int(rng, 0, n - 1);
      const b = (a + int(rng, 1, n - 1)) % n;
      // The asked cell involves a swapped token, so the answer is a moved weight.
      const i = pick(rng, [a, b]);
      const j = int(rng, 0, n - 1);
      return { ...spec, weights: spec.tokens.map(() => quarterRow(rng, n)), a, b, i, j };
    }
    case "encoding-entry":
      return { ...spec, pos: int(rng, 1, 9), j: int(rng, 0, spec.dModel - 1) };
    case "rotate-pair": {
      const [cos, sin] = pick(rng, TURNS);
      return { kind: spec.kind, pair: smallVector(rng, 2), cos, sin, component: int(rng, 0, 1) };
    }
    case "rope-shift":
      return {
        ...spec,
        q: smallVector(rng, spec.q.length),
        k: smallVector(rng, spec.k.length),
        m: int(rng, 0, 9),
        n: int(rng, 0, 9),
        shift: int(rng, 1, 9),
      };
    case "rope-position":
      return { kind: spec.kind, prompt: int(rng, 2, 12), decoded: int(rng, 1, 6) };
  }
}
