/**
 * <CheckYourself>: the exercises at the end of a concept page, registered like an example (see
 * src/examples/manifest.ts). The server renders every question with its answer (CheckYourself),
 * and places the island beside it (CheckYourselfLoader), which loads the interactive exercises.
 * Exercises are not worked examples: no embed page.
 */
export const name = "CheckYourself";
export const island = () => import("./CheckYourselfLoader.tsx").then((m) => m.CheckYourselfLoader);
export const view = () => import("./CheckYourself.tsx").then((m) => m.CheckYourself);
export const props = () => import("./CheckYourself.schema.ts").then((m) => m.checkYourselfSchema);
export const embed = false;
