/**
 * The learner's values of the examples on a page, kept outside any one React root, by the id
 * their fields are written under in a link: an example's own id, or the id of the example it
 * follows (ExampleSpec.shares). Examples that tell one story (the self-attention map and its five
 * steps) are separate islands that read and write one entry here, so a sentence typed into any of
 * them shows in all of them, and one parameter (`cat-sat-map.sentence=…`) carries it in a link.
 *
 * An entry lives while an example uses it: it is dropped when the last one unmounts, so an example
 * rendered again (a test, a remount) starts from the page's numbers.
 */
import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { Values } from "./spec.ts";

interface Entry {
  values: Values | null;
  readonly listeners: Set<() => void>;
  users: number;
}

const entries = new Map<string, Entry>();

function entryOf(key: string): Entry {
  let entry = entries.get(key);
  if (!entry) {
    entry = { values: null, listeners: new Set(), users: 0 };
    entries.set(key, entry);
  }
  return entry;
}

/**
 * The learner's values under `key` (null: none, show the link's or the page's) and a setter that
 * every example using `key` sees.
 */
export function useSharedEdits(key: string): readonly [Values | null, (values: Values | null) => void] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = entryOf(key);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    [key],
  );
  const values = useSyncExternalStore(
    subscribe,
    () => entries.get(key)?.values ?? null,
    () => null,
  );
  useEffect(() => {
    const entry = entryOf(key);
    entry.users += 1;
    return () => {
      entry.users -= 1;
      if (entry.users === 0 && entries.get(key) === entry) entries.delete(key);
    };
  }, [key]);
  const set = useCallback(
    (next: Values | null) => {
      const entry = entryOf(key);
      entry.values = next;
      for (const listener of [...entry.listeners]) listener();
    },
    [key],
  );
  return [values, set] as const;
}
