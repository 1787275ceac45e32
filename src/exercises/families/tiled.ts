import type { ExerciseFamily } from "../families.ts";
import { solveTiledExercise } from "../kinds-tiled.ts";
import { generateTiledExercise } from "../tiled-variants.ts";

/** The tiled pages' exercises: online softmax steps, FlashAttention's accumulator, memory traffic. */
export const tiledFamily: ExerciseFamily<"tiled"> = {
  name: "tiled",
  solve: solveTiledExercise,
  generate: generateTiledExercise,
};
