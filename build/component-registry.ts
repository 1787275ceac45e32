/**
 * The build's view of src/mdx/registry.ts: the props schema of every component MDX may use, for
 * remarkCheckComponents. That module builds its map with `import.meta.glob` over the example
 * folders, which only Vite understands, and this file is loaded with vite.config.ts (bundled for
 * Node, where a glob is just text). So the registry is loaded through Vite itself:
 *   - in `npm run dev`, through the dev server's SSR module graph (always current: editing a
 *     schema or adding an example folder is seen by the next page compiled);
 *   - in `vite build`, once per build with Vite's `runnerImport` (a module runner with Vite's
 *     transforms and no config file).
 */
import { resolve } from "node:path";
import { runnerImport, type Plugin, type ViteDevServer } from "vite";
import type * as Registry from "../src/mdx/registry.ts";

/** What the props check needs from src/mdx/registry.ts. */
export type ComponentRegistry = Pick<typeof Registry, "componentSchemas" | "buildInserted" | "componentValues">;

const REGISTRY = "/src/mdx/registry.ts";

/** Loads src/mdx/registry.ts as Vite would, without a dev server. */
export async function importComponentRegistry(root: string): Promise<ComponentRegistry> {
  const { module } = await runnerImport<ComponentRegistry>(resolve(root, `.${REGISTRY}`), { root, logLevel: "error" });
  return module;
}

/**
 * `load` gives the registry to remarkCheckComponents; `plugin`, added to Vite's plugins, lets it
 * use the dev server when there is one.
 */
export function componentRegistry(root: string): { load: () => Promise<ComponentRegistry>; plugin: Plugin } {
  let server: ViteDevServer | undefined;
  let built: Promise<ComponentRegistry> | undefined;
  return {
    load: () =>
      server
        ? (server.ssrLoadModule(REGISTRY) as Promise<ComponentRegistry>)
        : (built ??= importComponentRegistry(root)),
    plugin: {
      name: "attention-component-registry",
      configureServer(devServer) {
        server = devServer;
      },
    },
  };
}
