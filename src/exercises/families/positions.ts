import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generatePositionExercise } from "../generate-positions.ts";
import { solvePositionExercise } from "../kinds-positions.ts";

/** The order-and-position pages' exercises: swapped tokens, sinusoidal entries, RoPE by hand. */
export const positionsFamily: ExerciseFamily<"positions"> = {
  name: "positions",
  solve: solvePositionExercise,
  generate: (spec, seed) => generatePositionExercise(spec, mulberry32(seed)),
};
