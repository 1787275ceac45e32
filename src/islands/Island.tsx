import { createContext, useContext, type ReactElement } from "react";
import { islandIdPrefix } from "./prefix.ts";

/** One island met while rendering a page: rendered on its own afterwards (see renderIslands). */
export interface IslandRecord {
  readonly id: string;
  /** Which component hydrates it, and its serialisable props: enough to render it again alone (an embed page). */
  readonly name: string;
  readonly props: object;
  readonly element: ReactElement;
}

/** Collects the islands of the page being rendered; provided by the server entry. */
export const IslandCollector = createContext<IslandRecord[] | null>(null);

interface IslandProps {
  /** Its name in islandLoaders (src/islands/registry.ts): which component hydrates here. */
  readonly name: string;
  /** Stable id, unique on the page; also the DOM id and the useId prefix. */
  readonly id: string;
  /** Serialisable props, passed again to the component when it hydrates. */
  readonly props: object;
  /** The component with those props, rendered to HTML on the server. */
  readonly children: ReactElement;
  /**
   * When it wakes besides the usual (src/islands/boot.ts): "load" for an island that is the page
   * itself and shows what only the browser knows (the lesson, read from its link or storage): as
   * soon as the page has loaded; `{ params }` for one that reads those query keys (the worksheet's
   * variants): at once when the address has one of them, otherwise like any other island.
   */
  readonly wake?: "load" | { readonly params: readonly string[] };
}

/**
 * Marks a hydrated island. The page is rendered with a placeholder in its place, and the island
 * is rendered separately with its own useId prefix, exactly as hydrateRoot will see it; rendering
 * it inside the page would give useId values that differ from the browser's.
 */
export function Island({ name, id, props, children, wake }: IslandProps) {
  const collector = useContext(IslandCollector);
  if (!collector) throw new Error(`Island "${id}" was rendered outside a page render.`);
  if (collector.some((record) => record.id === id)) {
    throw new Error(
      `Two examples on this page use the id "${id}". Expected every example id on a page to be unique; rename one.`,
    );
  }
  collector.push({ id, name, props, element: children });
  return (
    <div
      className="island"
      id={id}
      data-island={name}
      data-island-prefix={islandIdPrefix(id)}
      data-wake={typeof wake === "string" ? wake : undefined}
      data-wake-params={typeof wake === "object" ? wake.params.join(" ") : undefined}
      data-props={JSON.stringify(props)}
      dangerouslySetInnerHTML={{ __html: `<!--island:${id}-->` }}
    />
  );
}
