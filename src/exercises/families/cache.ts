import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateCacheExercise, solveCacheExercise } from "../kinds-cache.ts";

/** Exercises on the KV cache's size: its rows after prefill and decode, its bytes. */
export const cacheFamily: ExerciseFamily<"cache"> = {
  name: "cache",
  solve: solveCacheExercise,
  generate: (spec, seed) => generateCacheExercise(spec, mulberry32(seed)),
};
