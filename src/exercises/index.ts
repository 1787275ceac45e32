/**
 * "Check yourself" exercises: what each kind asks and its feedback words (kinds.ts), new numbers
 * for the same kind (generate.ts), reading a typed answer (answer.ts) and judging it (judge.ts).
 * Pure functions, no DOM and no React; every number comes from src/math. The components that
 * show them (CheckYourself*.tsx) and the progress a learner keeps (progress.ts) sit beside them.
 */
export * from "./answer.ts";
export * from "./kinds.ts";
export * from "./generate.ts";
export * from "./judge.ts";
