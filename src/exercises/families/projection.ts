import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateProjectionExercise, solveProjectionExercise } from "../kinds-projection.ts";

/** Exercises on a vector times a matrix: an entry of y = xW, the column it reads, an embedding's entry. */
export const projectionFamily: ExerciseFamily<"projection"> = {
  name: "projection",
  solve: solveProjectionExercise,
  generate: (spec, seed) => generateProjectionExercise(spec, mulberry32(seed)),
};
