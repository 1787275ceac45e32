import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateBlockExercise, solveBlockExercise } from "../kinds-block.ts";

/** The transformer block page's exercises: one entry of a norm, one unit of the MLP. */
export const blockFamily: ExerciseFamily<"block"> = {
  name: "block",
  solve: solveBlockExercise,
  generate: (spec, seed) => generateBlockExercise(spec, mulberry32(seed)),
};
