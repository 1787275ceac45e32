/**
 * "Check yourself" exercises: what each kind asks and its feedback words (kinds.ts and each
 * family's kinds-*.ts), new numbers for the same kind (generate.ts and the families' generators),
 * reading a typed answer (answer.ts) and judging it (judge.ts).
 * Pure functions, no DOM and no React; every number comes from src/math. The components that
 * show them (CheckYourself*.tsx) and the progress a learner keeps (progress.ts) sit beside them.
 *
 * This entry registers every exercise family (families.ts): the build and the tests use it. Code
 * for the browser imports core.ts and loads the families a page needs with loadFamilies.
 */
export * from "./core.ts";
export { BYTE_UNITS, type ByteUnit } from "./kinds-cache.ts";
import "./families/all.ts";
