import type { ComponentType } from "react";

/**
 * Every component that hydrates in the browser, loaded on demand so a page only downloads the
 * islands it uses. The server wraps the same names with <Island>; a name missing here cannot be
 * used as an island.
 */
export const islandLoaders = {
  ProjectionExample: () => import("../components/ProjectionExample.tsx").then((m) => m.ProjectionExample),
} satisfies Record<string, () => Promise<ComponentType<never>>>;

export type IslandName = keyof typeof islandLoaders;

