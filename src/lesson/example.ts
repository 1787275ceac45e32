/**
 * The lesson page's island (`/lesson/`): a page of its own with props the server builds (every
 * example a lesson may hold, no schema). Only the browser's registry (src/islands/registry.ts)
 * lists it; MDX may not use it.
 */
export const name = "Lesson";
export const island = () => import("./LessonLive.tsx").then((m) => m.LessonLive);
export const props = null;
export const embed = false;
