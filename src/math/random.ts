/**
 * Seeded randomness, so a "random example" is reproducible from its seed (and can live in a URL).
 */
import { checkSize, type Matrix } from "./shape.ts";

/** A generator of numbers in [0, 1). */
export type Rng = () => number;

/** How randomMatrix fills entries. */
export type RandomEntries =
  /** Whole numbers from min to max inclusive, each equally likely. */
  | { readonly kind: "integer"; readonly min: number; readonly max: number }
  /** Normally distributed numbers (default mean 0, standard deviation 1). */
  | { readonly kind: "normal"; readonly mean?: number; readonly standardDeviation?: number };

/**
 * Mulberry32: a small, fast 32-bit seeded generator. The same seed gives the same sequence.
 * @param seed any number; it is truncated to 32 bits
 * @returns a function returning numbers in [0, 1)
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal sample (mean 0, variance 1) by the Box–Muller transform; uses two draws.
 */
export function randomNormal(rng: Rng): number {
  const u1 = 1 - rng(); // in (0, 1], so the logarithm is finite
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * A rows×cols matrix of random entries, filled row by row.
 * @param entries defaults to integers from −3 to 3, small enough to multiply by hand
 * @returns shape [rows, cols]
 */
export function randomMatrix(
  rng: Rng,
  rows: number,
  cols: number,
  entries: RandomEntries = { kind: "integer", min: -3, max: 3 },
): Matrix {
  checkSize("randomMatrix", "rows", rows);
  checkSize("randomMatrix", "cols", cols);
  const draw = entryDrawer(rng, entries);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, draw));
}

function entryDrawer(rng: Rng, entries: RandomEntries): () => number {
  if (entries.kind === "normal") {
    const { mean = 0, standardDeviation = 1 } = entries;
    return () => mean + standardDeviation * randomNormal(rng);
  }
  const { min, max } = entries;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
    throw new RangeError(`randomMatrix: an integer range needs whole numbers with min ≤ max; received ${min}…${max}.`);
  }
  // + 0 turns a drawn −0 into 0
  return () => min + Math.floor(rng() * (max - min + 1)) + 0;
}
