/**
 * "Check yourself" exercises: kinds, generators, answer reading and feedback. Pure functions, no
 * DOM and no React.
 */
export * from "./answer.ts";
export * from "./kinds.ts";
export * from "./generate.ts";
export * from "./judge.ts";
