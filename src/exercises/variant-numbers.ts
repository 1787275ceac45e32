/**
 * Small numbers for "New numbers" variants, drawn from the seeded generator a family passes in:
 * whole numbers a person can multiply in their head.
 */
import { randomMatrix, type Matrix, type Rng, type Vector } from "../math/index.ts";

/** Whole number from min to max inclusive. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Entries −3 … 3, retried until no row and no column is all zeros (so every entry matters). */
export function smallMatrix(rng: Rng, rows: number, cols: number, min = -3, max = 3): Matrix {
  for (;;) {
    const M = randomMatrix(rng, rows, cols, { kind: "integer", min, max });
    const rowsOk = M.every((r) => r.some((v) => v !== 0));
    const colsOk = Array.from({ length: cols }, (_, j) => M.some((r) => r[j] !== 0)).every(Boolean);
    if (rowsOk && colsOk) return M;
  }
}

export const smallRow = (rng: Rng, n: number, min = -3, max = 3): Vector => smallMatrix(rng, 1, n, min, max)[0]!;

/** Weights that are multiples of 1/4 (exact in binary) summing to 1, over t keys. */
export function quarterWeights(rng: Rng, t: number): Vector {
  const counts = Array.from({ length: t }, () => 0);
  for (let q = 0; q < 4; q++) counts[int(rng, 0, t - 1)]! += 1;
  return counts.map((c) => c / 4);
}
