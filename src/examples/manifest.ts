/**
 * What every example folder's `example.ts` exports (and `src/exercises/example.ts` for "Check
 * yourself"): the only place a component is registered. The MDX component map, the props-schema
 * map the build checks MDX with, the embed list (src/mdx/registry.ts, src/mdx/components.tsx) and
 * the browser's island loaders (src/islands/registry.ts) are all built from these files with
 * `import.meta.glob`, so a new example is a new folder and nothing else.
 *
 * An `example.ts` imports nothing at the top: the browser's registry imports its `name` and
 * `island` into the entry chunk, and everything else (the view, the zod schema) must stay behind
 * the loaders so that it loads only where it is used, and zod only on the server.
 */
import type { ComponentType } from "react";
import type { z } from "zod";
import type { ValueOffer } from "../values/types.ts";

/** Loads a component: in the browser only on a page that has it. */
export type ComponentLoader = () => Promise<ComponentType<never>>;

/** The named exports of an `example.ts`. */
export interface ExampleManifest {
  /** The name MDX uses, e.g. "ProjectionExample"; unique across the site. */
  readonly name: string;
  /**
   * The component that hydrates in the browser, each its own chunk; null for a figure that never
   * changes once rendered (a static table), which then ships no JavaScript.
   */
  readonly island: ComponentLoader | null;
  /**
   * What MDX renders on the server, when it is not simply the island in its <Island> wrapper: a
   * static figure, or a component that places its own island ("Check yourself"). Absent for most.
   */
  readonly view?: ComponentLoader;
  /**
   * The props schema (zod): the build checks every use in content/ against it, and the server
   * parses the props with it. Null when the component takes no props. Never loaded in the browser.
   */
  readonly props: (() => Promise<z.ZodType>) | null;
  /** Whether each use gets an embed page of its own, `/embed/<slug>/<id>/`. */
  readonly embed: boolean;
  /**
   * The values the page's prose may quote with `<Value of="<id>" name="…" />`: a loader of the
   * folder's `*.values.ts` offer (src/values/types.ts), a pure function of the props. The build
   * calls it with the authored props; the view passes the same function to its frame, which
   * publishes it for the learner's numbers. Absent for an example that offers none.
   */
  readonly values?: () => Promise<ValueOffer<never>>;
}
