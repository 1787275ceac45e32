import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateKvSharingExercise, solveKvSharingExercise } from "../kinds-kv-sharing.ts";

/** The exercises on sharing the KV cache: which KV head a query head reads, blocks of a paged cache. */
export const kvSharingFamily: ExerciseFamily<"kvSharing"> = {
  name: "kvSharing",
  solve: solveKvSharingExercise,
  generate: (spec, seed) => generateKvSharingExercise(spec, mulberry32(seed)),
};
