import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateSoftmaxExercise, solveSoftmaxExercise } from "../kinds-softmax.ts";

/** Exercises from scores to weights: a scaled score, a softmax weight, the keys a causal mask removes. */
export const softmaxFamily: ExerciseFamily<"softmax"> = {
  name: "softmax",
  solve: solveSoftmaxExercise,
  generate: (spec, seed) => generateSoftmaxExercise(spec, mulberry32(seed)),
};
