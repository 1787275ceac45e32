/**
 * The worksheet and answer key of a concept page's exercises (`/concepts/<slug>/worksheet/` and
 * `…/answers/`): an island on its own page, with props the server builds (no schema). Only the
 * browser's registry (src/islands/registry.ts) lists it; MDX may not use it.
 */
export const name = "Worksheet";
export const island = () => import("./WorksheetLive.tsx").then((m) => m.WorksheetLive);
export const props = null;
export const embed = false;
