/**
 * "New numbers": a fresh variant of an exercise, a pure function of a seed, keeping the authored
 * exercise's kind and shape (so the page's words still fit) and using small whole numbers a person
 * can multiply in their head. The same seed always gives the same variant.
 */
import { readWhole, type Read } from "../math/parse-values.ts";
import { mulberry32, randomMatrix, shapeOf, type Rng, type Matrix, type Vector } from "../math/index.ts";
import type { ExerciseSpec } from "./kinds.ts";
import { familyFor, isFamilyExercise } from "./families.ts";

/** Largest seed; seeds are whole numbers 0 … 2³² − 1, written in the URL in decimal. */
export const MAX_SEED = 0xffffffff;

/** Whole number from min to max inclusive. */
function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Entries −3 … 3, retried until no row and no column is all zeros (so every entry matters). */
function smallMatrix(rng: Rng, rows: number, cols: number, min = -3, max = 3): Matrix {
  for (;;) {
    const M = randomMatrix(rng, rows, cols, { kind: "integer", min, max });
    const rowsOk = M.every((r) => r.some((v) => v !== 0));
    const colsOk = Array.from({ length: cols }, (_, j) => M.some((r) => r[j] !== 0)).every(Boolean);
    if (rowsOk && colsOk) return M;
  }
}

const smallRow = (rng: Rng, n: number, min = -3, max = 3): Vector => smallMatrix(rng, 1, n, min, max)[0]!;

/** Weights that are multiples of 1/4 (exact in binary) summing to 1, over t keys. */
function quarterWeights(rng: Rng, t: number): Vector {
  const counts = Array.from({ length: t }, () => 0);
  for (let q = 0; q < 4; q++) counts[int(rng, 0, t - 1)]! += 1;
  return counts.map((c) => c / 4);
}

/**
 * A variant of `spec` from `seed`: same kind and sizes, new numbers and indices.
 * Multiple-choice exercises other than "projection-column" have no numbers and come back unchanged.
 * @param seed whole number 0 … MAX_SEED
 */
export function generateExercise(spec: ExerciseSpec, seed: number): ExerciseSpec {
  if (isFamilyExercise(spec)) return familyFor(spec).generate(spec, seed);
  const rng = mulberry32(seed);
  switch (spec.kind) {
    case "projection-entry":
    case "projection-column": {
      const [n, m] = shapeOf(spec.W);
      return { kind: spec.kind, x: smallRow(rng, n), W: smallMatrix(rng, n, m), j: int(rng, 0, m - 1) };
    }
    case "dot-product":
      return { kind: spec.kind, a: smallRow(rng, spec.a.length), b: smallRow(rng, spec.b.length) };
    case "score": {
      const [n, d] = shapeOf(spec.Q);
      const [t] = shapeOf(spec.K);
      const i = int(rng, 0, n - 1);
      let j = int(rng, 0, t - 1);
      if (j === i && t > 1) j = (j + 1) % t; // i ≠ j, so swapping query and key is a visible slip
      return { ...spec, Q: smallMatrix(rng, n, d, -2, 2), K: smallMatrix(rng, t, d, -2, 2), i, j };
    }
    case "scaled-score": {
      const dk = pick(rng, [4, 9, 16, 64]);
      const sign = rng() < 0.25 ? -1 : 1;
      return { kind: spec.kind, dk, score: sign * int(rng, 1, 24) };
    }
    case "softmax-weight": {
      const scores = Array.from({ length: spec.scores.length }, () => int(rng, 0, 3));
      return { kind: spec.kind, scores, j: int(rng, 0, scores.length - 1) };
    }
    case "masked-keys":
      return { kind: spec.kind, tokens: spec.tokens, i: int(rng, 0, spec.tokens.length - 1) };
    case "weighted-sum": {
      const [t, dv] = shapeOf(spec.V);
      return {
        kind: spec.kind,
        weights: quarterWeights(rng, t),
        V: smallMatrix(rng, t, dv, -4, 4),
        c: int(rng, 0, dv - 1),
      };
    }
    case "embedding-entry": {
      const [size, d] = shapeOf(spec.E);
      return { ...spec, E: smallMatrix(rng, size, d), token: int(rng, 0, size - 1), c: int(rng, 0, d - 1) };
    }
    case "kv-cache-rows":
      return { kind: spec.kind, prefill: int(rng, 2, 12), decode: int(rng, 1, 6) };
    case "kv-cache-bytes": {
      const kvHeads = pick(rng, [1, 2, 4]);
      return {
        kind: spec.kind,
        layers: pick(rng, [2, 4, 8]),
        kvHeads,
        ...(spec.queryHeads === undefined ? {} : { queryHeads: kvHeads * pick(rng, [2, 4]) }),
        headDim: pick(rng, [4, 8, 16]),
        seqLen: pick(rng, [4, 8, 10, 16]),
        batch: pick(rng, [1, 2]),
        bytesPerValue: pick(rng, [1, 2, 4]),
        unit: "bytes",
      };
    }
    case "choice":
      return spec;
  }
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
