import type { ComponentLoader } from "../examples/manifest.ts";

/** Every manifest's `name`: short strings, so eager. (Vite reads the globs' patterns as literals.) */
const names = import.meta.glob<string>(
  [
    "/src/examples/**/example.ts",
    "/src/exercises/example.ts",
    "/src/exercises/worksheet/example.ts",
    "/src/lesson/example.ts",
  ],
  { eager: true, import: "name", query: "?name" },
);

/**
 * Every manifest's `island`, loaded only when an island of that name wakes. Lazy on purpose: an
 * island loader (`() => import("./View.tsx")`) carries the list of files its chunk needs, so the
 * browser can fetch them at once; loaded eagerly, every example's list sat in the one table every
 * page loads (1.3 KB gzip of file names, most for islands the page does not have). Now each list
 * lives in its own example's small chunk, and the table holds only names and one import each.
 */
const islands = import.meta.glob<ComponentLoader | null>(
  [
    "/src/examples/**/example.ts",
    "/src/exercises/example.ts",
    "/src/exercises/worksheet/example.ts",
    "/src/lesson/example.ts",
  ],
  { import: "island" },
);

/** The manifests whose `island` is null (static figures): checked by src/mdx/registry.test.ts. */
export class NotAnIsland extends Error {}

/**
 * The browser's island loaders, by the name in `data-island`: built from every example folder's
 * `example.ts` (and "Check yourself"'s, the worksheet's and the lesson's). Only each manifest's
 * `name` and `island` are imported, so each island's code is its own chunk, loaded on a page that
 * uses it, and the props schemas (zod) never reach the browser. A static figure's name (its
 * `island` is null) is here too; its loader rejects with NotAnIsland.
 */
export const islandLoaders: Readonly<Record<string, ComponentLoader>> = Object.fromEntries(
  Object.entries(islands).map(([path, loadIsland]) => {
    const name = names[path]!;
    const load: ComponentLoader = async () => {
      const island = await loadIsland();
      if (!island) throw new NotAnIsland(`"${name}" is a static figure: it has no island to hydrate.`);
      return island();
    };
    return [name, load];
  }),
);
