import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateProductExercise, solveProductExercise } from "../kinds-products.ts";

/** Exercises on attention's dot products: a·b, a score q·k, an entry of a weighted sum of values. */
export const productsFamily: ExerciseFamily<"products"> = {
  name: "products",
  solve: solveProductExercise,
  generate: (spec, seed) => generateProductExercise(spec, mulberry32(seed)),
};
