import { defineConfig } from "vitest/config";

// vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+ has it); without this,
// a failing run on Node 20 ends in "Map.groupBy is not a function" instead of the failure.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

/** Unit tests only: math, build steps, components. Browser tests live in tests/ (Playwright). */
export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
