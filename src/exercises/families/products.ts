import { mulberry32 } from "../../math/index.ts";
import type { ExerciseFamily } from "../families.ts";
import { generateProductExercise, solveProductExercise } from "../kinds-products.ts";

/** Exercises on dot products: a·b, an entry of xW, a score q·k, a weighted sum, an embedding row. */
export const productsFamily: ExerciseFamily<"products"> = {
  name: "products",
  solve: solveProductExercise,
  generate: (spec, seed) => generateProductExercise(spec, mulberry32(seed)),
};
