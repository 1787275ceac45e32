import { createElement, type ComponentType } from "react";
import { hydrateRoot } from "react-dom/client";
import { islandLoaders, type IslandName } from "./registry.ts";

function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(islandLoaders, name);
}

/** Hydrates every island on the page, each as its own React root with the server's props. */
export async function hydrateIslands(root: ParentNode): Promise<void> {
  const elements = [...root.querySelectorAll<HTMLElement>("[data-island]")];
  await Promise.all(
    elements.map(async (element) => {
      const name = element.dataset.island ?? "";
      if (!isIslandName(name)) {
        console.error(`Unknown island "${name}": add it to src/islands/registry.ts.`);
        return;
      }
      const Component = (await islandLoaders[name]()) as ComponentType<object>;
      const props = JSON.parse(element.dataset.props ?? "{}") as object;
      hydrateRoot(element, createElement(Component, props), {
        identifierPrefix: element.dataset.islandPrefix ?? "",
      });
    }),
  );
}
