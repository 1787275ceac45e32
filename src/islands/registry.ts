import type { ComponentLoader } from "../examples/manifest.ts";

/**
 * The browser's island loaders, by the name in `data-island`: built from every example folder's
 * `example.ts` (and "Check yourself"'s). Only each manifest's `name` and `island` are imported, so
 * the entry chunk holds a loader per island and nothing else: each island's code is its own chunk,
 * loaded on a page that uses it, and the props schemas (zod) never reach the browser.
 */
const names = import.meta.glob<string>(
  [
    "/src/examples/**/example.ts",
    "/src/exercises/example.ts",
    "/src/exercises/worksheet/example.ts",
    "/src/lesson/example.ts",
  ],
  {
    eager: true,
    import: "name",
  },
);
const loaders = import.meta.glob<ComponentLoader | null>(
  [
    "/src/examples/**/example.ts",
    "/src/exercises/example.ts",
    "/src/exercises/worksheet/example.ts",
    "/src/lesson/example.ts",
  ],
  {
    eager: true,
    import: "island",
  },
);

export const islandLoaders: Readonly<Record<string, ComponentLoader>> = Object.fromEntries(
  Object.entries(loaders).flatMap(([path, load]) => (load ? [[names[path]!, load]] : [])),
);
