import type { ComponentType } from "react";
import { islandLoaders } from "./registry.ts";

/**
 * Islands that validate with zod must not make it probe for eval (`Function("")`): the site's
 * Content-Security-Policy forbids eval, and the probe is reported as a violation even though zod
 * catches it. zod 4 keeps `z.config()` in this global and adopts an existing one, so setting it
 * here, in the module that loads every island, before any island module (and so any schema) is
 * evaluated, equals `z.config({ jitless: true })` without importing zod into every page (+11 KB
 * raw). src/islands/IslandBoundary.test.tsx checks zod still reads it.
 */
export function disableZodEval(): void {
  const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
}
disableZodEval();

/**
 * An island's component, which may name code it needs before its first render, found from its
 * props (`prepare`: the worksheet fetches the exercise families its sets use). The hydrating
 * render must equal the server's, so that code is loaded first, alongside React.
 */
export type PreparedComponent = ComponentType<object> & { prepare?: (props: object) => Promise<unknown> };

/** An island's component and server props, or why they could not be had. */
export type LoadedIsland =
  { readonly Component: ComponentType<object>; readonly props: object } | { readonly error: unknown };

/**
 * Starts loading an island's own code (its chunk, found by its `data-island` name in the loader
 * table), reads its props from `data-props` and loads what the component prepares from them. The
 * boot loads this module (a small chunk of its own: the table names every island's files) the
 * moment an island wakes, so the island's chunk downloads alongside React and ReactDOM rather
 * than after them. Never rejects.
 */
export async function loadIsland(element: HTMLElement): Promise<LoadedIsland> {
  const name = element.dataset.island ?? "";
  const loader = Object.hasOwn(islandLoaders, name) ? islandLoaders[name] : undefined;
  if (!loader) {
    return {
      error: new Error(`Unknown island "${name}": no example.ts names it with an island (src/examples/manifest.ts).`),
    };
  }
  try {
    const Component = (await loader()) as PreparedComponent;
    const props = JSON.parse(element.dataset.props ?? "{}") as object;
    if (Component.prepare) await Component.prepare(props);
    return { Component, props };
  } catch (error) {
    return { error };
  }
}
